package dk.aarshjul.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The models pass bpmnlint's recommended rules and the Camunda 7.24 compatibility rules
 * (.bpmnlintrc), so they open cleanly in Camunda Modeler and deploy on the engine we run.
 * bpmnlint needs Node.js 20 or newer: without it the check is skipped on a developer's machine,
 * but it fails in CI, where it must run.
 */
class BpmnLintTests {

	private static final Path LINT_PACKAGE = Path.of("src/test/bpmnlint");

	private static final Path WORK = Path.of("target/bpmnlint");

	@Test
	void modelsPassBpmnlint() throws Exception {
		requireNode();
		Files.createDirectories(WORK);
		for (String file : List.of("package.json", "package-lock.json")) {
			Files.copy(LINT_PACKAGE.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
		Result install = run(List.of("npm", "ci", "--no-audit", "--no-fund"));
		assertThat(install.exitCode()).as("npm ci: %s", install.output()).isZero();

		List<String> lint = new ArrayList<>(List.of("node_modules/.bin/bpmnlint", "--config",
				Path.of(".bpmnlintrc").toAbsolutePath().toString(), "--max-warnings=0"));
		try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
			models.filter(path -> path.toString().endsWith(".bpmn"))
				.forEach(path -> lint.add(path.toAbsolutePath().toString()));
		}
		Result result = run(lint);

		assertThat(result.exitCode()).as("bpmnlint found problems:%n%s", result.output()).isZero();
	}

	private static void requireNode() throws InterruptedException {
		int major;
		try {
			String version = run(List.of("node", "--version")).output().trim();
			major = Integer.parseInt(version.replaceFirst("^v(\\d+).*$", "$1"));
		}
		catch (IOException | NumberFormatException ex) {
			major = 0;
		}
		boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
		if (major < 20) {
			assertThat(ci).as("CI must run bpmnlint: install Node.js 20 or newer").isFalse();
			Assumptions.abort("bpmnlint needs Node.js 20 or newer; skipped on this machine");
		}
	}

	private record Result(int exitCode, String output) {
	}

	private static Result run(List<String> command) throws IOException, InterruptedException {
		Files.createDirectories(WORK);
		Process process = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			return new Result(-1, output + "\n(timed out)");
		}
		return new Result(process.exitValue(), output);
	}

}
