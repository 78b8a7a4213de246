package dk.aarshjul.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every name the models read or set, read from bpmn/*.bpmn and *.dmn as they are: the identifiers
 * in their expressions ({@code ${cycleCalendar.meetingDate(cycleId, bodyId)}} gives cycleCalendar,
 * cycleId and bodyId), multi-instance element and collection variables, decision results, the
 * variables call activities pass in and out, and the decision tables' inputs. A new model or a new
 * variable in one is here without anyone writing it down.
 */
final class ModelVariables {

	private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");

	private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"|&quot;.*?&quot;");

	/** An identifier not after a dot (a bean's method or a property is not a variable). */
	private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)(?!\\w)");

	private static final Pattern VARIABLE_ATTRIBUTE = Pattern.compile(
			"(?:camunda:elementVariable|camunda:collection|camunda:resultVariable|camunda:inputVariable|source|target)=\"([A-Za-z_]\\w*)\"");

	private static final Pattern DMN_INPUT = Pattern.compile("<inputExpression[^>]*>\\s*<text>([^<]*)</text>");

	/** EL's own words, and what the engine itself puts in every expression (a variable cannot replace them). */
	private static final Set<String> NOT_VARIABLES = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq",
			"ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof", "execution", "task", "externalTask",
			"authenticatedUserId");

	private ModelVariables() {
	}

	static Set<String> read() {
		Set<String> names = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".bpmn") || path.toString().endsWith(".dmn"))
				.toList()) {
				String model = Files.readString(file, StandardCharsets.UTF_8);
				Matcher expression = EXPRESSION.matcher(model);
				while (expression.find()) {
					identifiers(expression.group(1), names);
				}
				Matcher attribute = VARIABLE_ATTRIBUTE.matcher(model);
				while (attribute.find()) {
					names.add(attribute.group(1));
				}
				Matcher input = DMN_INPUT.matcher(model);
				while (input.find()) {
					identifiers(input.group(1), names);
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		names.removeAll(NOT_VARIABLES);
		return names;
	}

	private static void identifiers(String expression, Set<String> names) {
		Matcher identifier = IDENTIFIER.matcher(STRING_LITERAL.matcher(expression).replaceAll(""));
		while (identifier.find()) {
			names.add(identifier.group(1));
		}
	}

}
