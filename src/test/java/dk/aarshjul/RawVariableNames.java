package dk.aarshjul;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

	/** Where a name in quotes is the point: the names' own homes. */
	private static final Pattern HOMES = Pattern.compile("(\\w+/\\w+Process|task/CycleVariables|engine/\\w+)\\.java");

	private RawVariableNames() {
	}

	/**
	 * Each use outside the names' homes and the files allowed (relative to the sources'
	 * dk/aarshjul), with its line and the name.
	 */
	static List<String> uses(Path sources, Set<String> allowed) {
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
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return found;
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
