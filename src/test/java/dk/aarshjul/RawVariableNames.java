package dk.aarshjul;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Process variables read or written by a name in quotes, found in the sources (issue #31): a
 * variable's name belongs in its process class (or {@code CycleVariables}) beside its typed
 * accessor, so that renaming it is one change the compiler follows. Only the process classes, the
 * engine package and the files allowed here name variables in quotes.
 */
final class RawVariableNames {

	/**
	 * {@code getVariable("x")}, {@code tasks.getVariable(id, "x")}, {@code setVariableLocal("x", …)}
	 * and their kin; Camunda's {@code putValue("x", …)} and camunda-bpm-assert's
	 * {@code withVariables("x", …)}.
	 */
	private static final Pattern RAW = Pattern.compile("(?<!context)\\.(?:get|set|remove)Variables?(?:Local)?(?:Typed)?"
			+ "\\(\\s*(?:[\\w.()]+,\\s*)?\"(\\w+)\"|\\b(?:withVariables|putValue)\\(\\s*\"(\\w+)\"");

	/**
	 * A map of variables written out, {@code Map.of("x", …)} or {@code Map.entry("x", …)}: the names
	 * in it are reported when a process class declares them (a map's keys are often not variables).
	 */
	private static final Pattern MAP = Pattern.compile("\\bMap\\.(of|entry)\\(");

	private static final Pattern LITERAL = Pattern.compile("\\s*\"(\\w+)\"\\s*");

	/** A variable's name as its process class declares it. */
	private static final Pattern DECLARED = Pattern.compile("\"([a-z][A-Za-z0-9]*)\"");

	/** The process classes, where the names are declared. */
	private static final Pattern DECLARING = Pattern.compile("(\\w+/\\w+Process|task/CycleVariables)\\.java");

	/** Where a name in quotes is the point: the names' own homes. */
	private static final Pattern HOMES = Pattern.compile("(\\w+/\\w+Process|task/CycleVariables|engine/\\w+)\\.java");

	private RawVariableNames() {
	}

	/**
	 * Each use outside the names' homes and the files allowed (relative to the sources'
	 * dk/aarshjul), with its line and the name.
	 */
	static List<String> uses(Path sources, Set<String> allowed) {
		return uses(sources, allowed, sources);
	}

	/** As {@link #uses(Path, Set)}, with the names the process classes under {@code declaring} declare. */
	static List<String> uses(Path sources, Set<String> allowed, Path declaring) {
		Set<String> declared = declaredIn(declaring);
		Path base = sources.resolve("dk/aarshjul");
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(base)) {
			files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(file -> {
				String relative = base.relativize(file).toString().replace('\\', '/');
				if (HOMES.matcher(relative).matches() || allowed.contains(relative)) {
					return;
				}
				List<String> lines = read(file);
				for (int i = 0; i < lines.size(); i++) {
					Matcher raw = RAW.matcher(lines.get(i));
					while (raw.find()) {
						String name = raw.group(1) != null ? raw.group(1) : raw.group(2);
						found.add(relative + ":" + (i + 1) + " names the variable \"" + name + "\"");
					}
					Matcher map = MAP.matcher(lines.get(i));
					while (map.find()) {
						List<String> arguments = arguments(lines.get(i), map.end());
						for (int key = 0; key < arguments.size(); key += map.group(1).equals("of") ? 2 : arguments.size()) {
							Matcher name = LITERAL.matcher(arguments.get(key));
							if (name.matches() && declared.contains(name.group(1))) {
								found.add(relative + ":" + (i + 1) + " names the variable \"" + name.group(1) + "\"");
							}
						}
					}
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return found;
	}

	/**
	 * The arguments of the call whose parenthesis opens just before {@code from}, split at its own
	 * commas (not those of calls, lists or strings inside it), as far as the line goes.
	 */
	private static List<String> arguments(String line, int from) {
		List<String> arguments = new ArrayList<>();
		int depth = 0;
		boolean quoted = false;
		int start = from;
		for (int at = from; at < line.length(); at++) {
			char c = line.charAt(at);
			if (quoted) {
				if (c == '\\') {
					at++;
				}
				else if (c == '"') {
					quoted = false;
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == '(' || c == '[' || c == '{') {
				depth++;
			}
			else if ((c == ')' || c == ']' || c == '}') && depth-- == 0) {
				arguments.add(line.substring(start, at));
				return arguments;
			}
			else if (c == ',' && depth == 0) {
				arguments.add(line.substring(start, at));
				start = at + 1;
			}
		}
		arguments.add(line.substring(start));
		return arguments;
	}

	/** Every name in quotes in the process classes under {@code sources}. */
	static Set<String> declaredIn(Path sources) {
		Path base = sources.resolve("dk/aarshjul");
		Set<String> declared = new HashSet<>();
		try (Stream<Path> files = Files.walk(base)) {
			files.filter(file -> DECLARING.matcher(base.relativize(file).toString().replace('\\', '/')).matches())
				.forEach(file -> read(file).forEach(line -> {
					Matcher name = DECLARED.matcher(line);
					while (name.find()) {
						declared.add(name.group(1));
					}
				}));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return declared;
	}

	private static List<String> read(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
