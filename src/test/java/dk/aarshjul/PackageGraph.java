package dk.aarshjul;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Årshjul's feature packages and what each uses, read from the sources rather than the bytecode:
 * javac inlines a constant from another package, so a dependency through one is invisible in the
 * class files; and a bean a BPMN model names by expression is a dependency no class file shows.
 * Each edge keeps where it was seen, so a failure can say which file or model to change.
 */
final class PackageGraph {

	static final String ROOT = "dk.aarshjul";

	private static final Pattern REFERENCE = Pattern.compile("\\bdk\\.aarshjul\\.([a-z]\\w*)\\.");

	private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");

	/** A name at the start of an expression or after an operator: not a property or method after a dot. */
	private static final Pattern ROOT_NAME = Pattern.compile("(?<![\\w.\"'])([a-zA-Z_]\\w*)(?![\\w\"'])");

	private static final Pattern CAMUNDA_CLASS = Pattern.compile("camunda:class=\"dk\\.aarshjul\\.([a-z]\\w*)\\.");

	private static final Set<String> NOT_BEANS = Set.of("not", "empty", "and", "or", "true", "false", "null", "eq",
			"ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof", "execution", "task", "authenticatedUserId");

	/** A bean a model names: the model's file and package, the bean and its package. */
	record NamedBean(String model, String owner, String bean, String beanPackage) {

		boolean foreign() {
			return !owner.equals(beanPackage);
		}

		String describe() {
			return "%s (package %s) names ${%s} of package %s".formatted(model, owner, bean, beanPackage);
		}

	}

	/** from → to → where it was seen */
	private final Map<String, Map<String, Set<String>>> edges = new TreeMap<>();

	void add(String from, String to, String seenIn) {
		if (!from.equals(to)) {
			edges.computeIfAbsent(from, f -> new TreeMap<>()).computeIfAbsent(to, t -> new TreeSet<>()).add(seenIn);
		}
	}

	boolean has(String from, String to) {
		return edges.getOrDefault(from, Map.of()).containsKey(to);
	}

	Set<String> seenIn(String from, String to) {
		return edges.getOrDefault(from, Map.of()).getOrDefault(to, Set.of());
	}

	/** Every cycle as its packages in order (one per strongly connected group), each edge with where it was seen. */
	List<String> cycles() {
		List<String> found = new ArrayList<>();
		for (List<String> group : stronglyConnected()) {
			if (group.size() > 1) {
				StringBuilder description = new StringBuilder(String.join(" ⇄ ", group)).append(':');
				for (String from : group) {
					for (String to : group) {
						if (has(from, to)) {
							description.append("\n  ").append(from).append(" → ").append(to).append(": ")
								.append(seenIn(from, to));
						}
					}
				}
				found.add(description.toString());
			}
		}
		return found;
	}

	/** The packages under {@code sources} (a source root) and what their files name of each other. */
	static PackageGraph ofSources(Path sources) {
		PackageGraph graph = new PackageGraph();
		Path root = sources.resolve(ROOT.replace('.', '/'));
		for (Path file : javaFiles(root)) {
			Optional<String> from = featurePackage(root, file);
			if (from.isEmpty()) {
				continue;
			}
			Matcher reference = REFERENCE.matcher(withoutComments(read(file)));
			while (reference.find()) {
				graph.add(from.get(), reference.group(1), root.relativize(file).toString());
			}
		}
		return graph;
	}

	/**
	 * Adds what each model under {@code models} names: the beans of its expressions (a bean is a class
	 * of the sources whose decapitalised name is the expression's first name, or a named component or
	 * {@code @Bean} method) and the classes of {@code camunda:class}. A model belongs to the package of
	 * the process class naming its file ("bpmn/drafting.bpmn").
	 */
	List<NamedBean> addModels(Path models, Path sources) {
		Path root = sources.resolve(ROOT.replace('.', '/'));
		Map<String, String> beans = beansOf(root);
		Map<String, String> owners = new HashMap<>();
		for (Path file : javaFiles(root)) {
			Matcher model = Pattern.compile("bpmn/([\\w-]+\\.bpmn)").matcher(read(file));
			while (model.find()) {
				featurePackage(root, file).ifPresent(pkg -> owners.put(model.group(1), pkg));
			}
		}
		List<NamedBean> named = new ArrayList<>();
		for (Path model : filesEndingWith(models, ".bpmn")) {
			String fileName = model.getFileName().toString();
			String owner = owners.get(fileName);
			if (owner == null) {
				throw new AssertionError("No process class names bpmn/" + fileName + " in its source");
			}
			String xml = read(model);
			Matcher expression = EXPRESSION.matcher(xml);
			while (expression.find()) {
				Matcher name = ROOT_NAME.matcher(expression.group(1));
				while (name.find()) {
					String bean = name.group(1);
					String pkg = NOT_BEANS.contains(bean) ? null : beans.get(bean);
					if (pkg != null) {
						add(owner, pkg, fileName + " ${" + bean + "}");
						NamedBean use = new NamedBean(fileName, owner, bean, pkg);
						if (!named.contains(use)) {
							named.add(use);
						}
					}
				}
			}
			Matcher camundaClass = CAMUNDA_CLASS.matcher(xml);
			while (camundaClass.find()) {
				add(owner, camundaClass.group(1), fileName + " camunda:class");
			}
		}
		return named;
	}

	/** Bean name → feature package: components by their class's decapitalised name or given name, and @Bean methods. */
	private static Map<String, String> beansOf(Path root) {
		Pattern named = Pattern.compile("@(?:Component|Service|Repository|Controller|RestController|Configuration)\\(\"(\\w+)\"\\)");
		Pattern component = Pattern.compile("^@(?:Component|Service|Repository|Controller|RestController|Configuration|ConfigurationProperties)\\b", Pattern.MULTILINE);
		Pattern beanMethod = Pattern.compile("@Bean(?:\\([^)]*\\))?\\s+(?:public\\s+|static\\s+)*[\\w<>,.? \\[\\]]+\\s+(\\w+)\\s*\\(");
		Map<String, String> beans = new LinkedHashMap<>();
		for (Path file : javaFiles(root)) {
			Optional<String> pkg = featurePackage(root, file);
			if (pkg.isEmpty()) {
				continue;
			}
			String source = withoutComments(read(file));
			String className = file.getFileName().toString().replace(".java", "");
			Matcher givenName = named.matcher(source);
			if (givenName.find()) {
				beans.put(givenName.group(1), pkg.get());
			}
			else if (component.matcher(source).find()) {
				beans.put(Character.toLowerCase(className.charAt(0)) + className.substring(1), pkg.get());
			}
			Matcher method = beanMethod.matcher(source);
			while (method.find()) {
				beans.put(method.group(1), pkg.get());
			}
		}
		return beans;
	}

	private List<List<String>> stronglyConnected() {
		Set<String> nodes = new TreeSet<>(edges.keySet());
		edges.values().forEach(targets -> nodes.addAll(targets.keySet()));
		Map<String, Integer> index = new HashMap<>();
		Map<String, Integer> low = new HashMap<>();
		Deque<String> stack = new ArrayDeque<>();
		Set<String> onStack = new TreeSet<>();
		List<List<String>> groups = new ArrayList<>();
		int[] counter = { 0 };
		for (String node : nodes) {
			if (!index.containsKey(node)) {
				connect(node, index, low, stack, onStack, groups, counter);
			}
		}
		return groups;
	}

	private void connect(String node, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
			Set<String> onStack, List<List<String>> groups, int[] counter) {
		index.put(node, counter[0]);
		low.put(node, counter[0]);
		counter[0]++;
		stack.push(node);
		onStack.add(node);
		for (String next : edges.getOrDefault(node, Map.of()).keySet()) {
			if (!index.containsKey(next)) {
				connect(next, index, low, stack, onStack, groups, counter);
				low.put(node, Math.min(low.get(node), low.get(next)));
			}
			else if (onStack.contains(next)) {
				low.put(node, Math.min(low.get(node), index.get(next)));
			}
		}
		if (low.get(node).equals(index.get(node))) {
			List<String> group = new ArrayList<>();
			String member;
			do {
				member = stack.pop();
				onStack.remove(member);
				group.add(member);
			}
			while (!member.equals(node));
			group.sort(null);
			groups.add(group);
		}
	}

	/** The feature package a file under the root is in; none for the root's own files. */
	private static Optional<String> featurePackage(Path root, Path file) {
		Path relative = root.relativize(file);
		return relative.getNameCount() < 2 ? Optional.empty() : Optional.of(relative.getName(0).toString());
	}

	private static String withoutComments(String source) {
		return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
	}

	private static List<Path> javaFiles(Path root) {
		return filesEndingWith(root, ".java");
	}

	private static List<Path> filesEndingWith(Path root, String ending) {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(file -> file.toString().endsWith(ending)).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
