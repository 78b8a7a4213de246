package dk.aarshjul.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import dk.aarshjul.organisation.OrganisationDefinition.BodyDefinition;
import dk.aarshjul.organisation.OrganisationDefinition.PersonDefinition;
import dk.aarshjul.organisation.OrganisationDefinition.UnitDefinition;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads an organisation file into an {@link OrganisationDefinition}. The file is walked as a
 * YAML node tree rather than bound to classes, because every problem must name its line.
 * Problems of form are collected; references between parts are checked by
 * {@link OrganisationValidator}.
 */
public class OrganisationFileParser {

	private static final Set<String> TOP_KEYS = Set.of("municipality", "units", "people", "bodies");

	private static final Set<String> UNIT_KEYS = Set.of("id", "name", "kind", "parent");

	private static final Set<String> PERSON_KEYS = Set.of("id", "name", "email", "employeeNumber", "unit", "level", "chief",
			"processOwner");

	private static final Set<String> BODY_KEYS = Set.of("id", "name", "kind", "unit", "members");

	private final List<OrganisationProblem> problems = new ArrayList<>();

	public static OrganisationDefinition parse(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource.getDescription());
		}
		catch (IOException ex) {
			throw new OrganisationFileException(resource.getDescription(),
					List.of(OrganisationProblem.at(0, "organisation.file.unreadable", ex.getMessage())));
		}
	}

	public static OrganisationDefinition parse(Reader reader, String source) {
		OrganisationFileParser parser = new OrganisationFileParser();
		OrganisationDefinition definition = parser.read(reader);
		if (!parser.problems.isEmpty()) {
			throw new OrganisationFileException(source, parser.problems);
		}
		return definition;
	}

	private OrganisationDefinition read(Reader reader) {
		Node root;
		try {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() != null ? ex.getProblemMark().getLine() + 1 : 0;
			problems.add(OrganisationProblem.at(line, "organisation.file.syntax", ex.getProblem()));
			return null;
		}
		if (!(root instanceof MappingNode top)) {
			problems.add(OrganisationProblem.at(1, "organisation.file.notMapping"));
			return null;
		}
		Map<String, Node> fields = fields(top, TOP_KEYS);
		String municipality = requiredText(top, fields, "municipality");
		List<UnitDefinition> units = list(top, fields, "units", this::unit);
		List<PersonDefinition> people = list(top, fields, "people", this::person);
		List<BodyDefinition> bodies = optionalList(fields, "bodies", this::body);
		return new OrganisationDefinition(municipality, units, people, bodies);
	}

	private UnitDefinition unit(MappingNode node) {
		Map<String, Node> fields = fields(node, UNIT_KEYS);
		return new UnitDefinition(requiredText(node, fields, "id"), requiredText(node, fields, "name"),
				requiredCode(node, fields, "kind", UnitKind::fromCode), text(fields, "parent"), line(node));
	}

	private PersonDefinition person(MappingNode node) {
		Map<String, Node> fields = fields(node, PERSON_KEYS);
		LeadershipLevel level = fields.containsKey("level")
				? requiredCode(node, fields, "level", LeadershipLevel::fromCode) : null;
		return new PersonDefinition(requiredText(node, fields, "id"), requiredText(node, fields, "name"),
				text(fields, "email"), text(fields, "employeeNumber"), text(fields, "unit"), level, flag(fields, "chief"),
				flag(fields, "processOwner"), line(node));
	}

	private BodyDefinition body(MappingNode node) {
		Map<String, Node> fields = fields(node, BODY_KEYS);
		List<String> members = new ArrayList<>();
		Node membersNode = fields.get("members");
		if (membersNode instanceof SequenceNode sequence) {
			for (Node member : sequence.getValue()) {
				if (member instanceof ScalarNode scalar) {
					members.add(scalar.getValue());
				}
				else {
					problems.add(OrganisationProblem.at(line(member), "organisation.file.notText", "members"));
				}
			}
		}
		else if (membersNode != null) {
			problems.add(OrganisationProblem.at(line(membersNode), "organisation.file.notList", "members"));
		}
		return new BodyDefinition(requiredText(node, fields, "id"), requiredText(node, fields, "name"),
				requiredCode(node, fields, "kind", BodyKind::fromCode), text(fields, "unit"), members, line(node));
	}

	private Map<String, Node> fields(MappingNode node, Set<String> allowed) {
		Map<String, Node> fields = new HashMap<>();
		for (NodeTuple tuple : node.getValue()) {
			String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
			if (!allowed.contains(key)) {
				problems.add(OrganisationProblem.at(line(tuple.getKeyNode()), "organisation.file.unknownKey", key,
						String.join(", ", allowed.stream().sorted().toList())));
			}
			else if (fields.putIfAbsent(key, tuple.getValueNode()) != null) {
				problems.add(OrganisationProblem.at(line(tuple.getKeyNode()), "organisation.file.duplicateKey", key));
			}
		}
		return fields;
	}

	private <T> List<T> list(MappingNode owner, Map<String, Node> fields, String key,
			Function<MappingNode, T> reader) {
		if (!fields.containsKey(key)) {
			problems.add(OrganisationProblem.at(line(owner), "organisation.file.missing", key));
			return List.of();
		}
		return optionalList(fields, key, reader);
	}

	private <T> List<T> optionalList(Map<String, Node> fields, String key, Function<MappingNode, T> reader) {
		Node node = fields.get(key);
		if (node == null) {
			return List.of();
		}
		if (!(node instanceof SequenceNode sequence)) {
			problems.add(OrganisationProblem.at(line(node), "organisation.file.notList", key));
			return List.of();
		}
		List<T> items = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			if (item instanceof MappingNode mapping) {
				items.add(reader.apply(mapping));
			}
			else {
				problems.add(OrganisationProblem.at(line(item), "organisation.file.notMapping"));
			}
		}
		return items;
	}

	private String requiredText(Node owner, Map<String, Node> fields, String key) {
		String value = text(fields, key);
		if (value == null || value.isBlank()) {
			problems.add(OrganisationProblem.at(line(owner), "organisation.file.missing", key));
		}
		return value;
	}

	private <T> T requiredCode(Node owner, Map<String, Node> fields, String key,
			Function<String, Optional<T>> lookup) {
		String code = requiredText(owner, fields, key);
		if (code == null) {
			return null;
		}
		Optional<T> value = lookup.apply(code);
		if (value.isEmpty()) {
			problems.add(OrganisationProblem.at(line(fields.get(key)), "organisation.file.unknownCode", key, code));
		}
		return value.orElse(null);
	}

	private String text(Map<String, Node> fields, String key) {
		Node node = fields.get(key);
		if (node == null) {
			return null;
		}
		if (node instanceof ScalarNode scalar) {
			return scalar.getValue().trim();
		}
		problems.add(OrganisationProblem.at(line(node), "organisation.file.notText", key));
		return null;
	}

	private boolean flag(Map<String, Node> fields, String key) {
		String value = text(fields, key);
		if (value == null) {
			return false;
		}
		if (!value.equals("true") && !value.equals("false")) {
			problems.add(OrganisationProblem.at(line(fields.get(key)), "organisation.file.notFlag", key, value));
		}
		return value.equals("true");
	}

	private static int line(Node node) {
		return node.getStartMark().getLine() + 1;
	}

}
