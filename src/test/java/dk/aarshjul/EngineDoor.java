package dk.aarshjul;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What only the {@code engine} package may do, found in the sources: use Camunda's internals
 * ({@code org.camunda.bpm.engine.impl}), read classes by reflection, name the engine's tables in SQL
 * ({@code ACT_RU_TASK} …) — and what it may not: use a feature package.
 */
final class EngineDoor {

	static final String ENGINE = "engine";

	private static final Map<String, Pattern> ONLY_THE_ENGINE = Map.of(
			"Camunda's internals", Pattern.compile("\\borg\\.camunda\\.bpm\\.engine\\.impl\\b"),
			"an engine table", Pattern.compile("\\bACT_(RU|HI|RE|GE|ID)_[A-Z]+"),
			"reflection", Pattern.compile("\\.(setAccessible|getDeclaredFields?|getDeclaredMethods?)\\("));

	private static final Pattern FEATURE = Pattern.compile("\\bdk\\.aarshjul\\.([a-z]\\w*)\\.");

	private EngineDoor() {
	}

	/** Each file (relative to the sources' dk/aarshjul) that does what it may not, with line and what. */
	static List<String> trespasses(Path sources) {
		Path base = sources.resolve("dk/aarshjul");
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(base)) {
			files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(file -> {
				String relative = base.relativize(file).toString().replace('\\', '/');
				boolean engine = relative.startsWith(ENGINE + "/");
				List<String> lines = read(file);
				for (int i = 0; i < lines.size(); i++) {
					String line = lines.get(i);
					if (!engine) {
						int number = i + 1;
						ONLY_THE_ENGINE.forEach((what, pattern) -> {
							if (pattern.matcher(line).find()) {
								found.add(relative + ":" + number + " uses " + what);
							}
						});
					}
					else {
						Matcher feature = FEATURE.matcher(line);
						while (feature.find()) {
							if (!ENGINE.equals(feature.group(1))) {
								found.add(relative + ":" + (i + 1) + " uses the package " + feature.group(1));
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

	private static List<String> read(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
