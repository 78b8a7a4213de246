package dk.aarshjul.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Start-up to readiness: this build side by side with release 1.0.0 (commit ace0ed2), started in turn
 * on a fresh H2 file database and, when the local PostgreSQL server answers, on a fresh PostgreSQL
 * database, with the demo profile, as `./mvnw spring-boot:run` starts it. The clock runs from the
 * JVM's launch to the first {@code UP} of {@code /actuator/health/readiness}. Both run from their
 * compiled classes and dependency jars with the same JVM settings, so the build differs and nothing
 * else. Prints the medians and the ratio, and writes them to {@code target/bench/startup.txt}; the
 * aim is 0.6× (issue 32). Only `./mvnw -Pbench verify` runs it.
 */
class StartupBenchmark {

	private static final String RELEASE = "ace0ed2";

	private static final int ROUNDS = Integer.getInteger("startup.rounds", 3);

	private static final Duration READY_WITHIN = Duration.ofSeconds(300);

	@Test
	void startUpToReadinessBesideRelease100() throws Exception {
		Path bench = Path.of("target", "bench").toAbsolutePath();
		String release = releaseClasspath(bench.resolve("release-1.0.0"));
		String current = AppProcess.applicationClasspath();
		Map<String, List<Long>> millis = new LinkedHashMap<>();
		List<String> databases = new ArrayList<>(List.of("H2"));
		if (postgresAnswers()) {
			databases.add("PostgreSQL");
		}
		for (String database : databases) {
			for (int round = 0; round < ROUNDS; round++) {
				millis.computeIfAbsent(database + ", this build", k -> new ArrayList<>())
					.add(start(current, database, bench, "current-" + database + "-" + round));
				millis.computeIfAbsent(database + ", release 1.0.0", k -> new ArrayList<>())
					.add(start(release, database, bench, "release-" + database + "-" + round));
			}
		}
		StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
				"Start-up to readiness, median of %d starts each (ms), started in turn:%n", ROUNDS));
		millis.forEach((what, times) -> report.append(String.format(Locale.ROOT, "  %-28s %6d   %s%n", what,
				median(times), times)));
		for (String database : databases) {
			double ratio = (double) median(millis.get(database + ", this build"))
					/ median(millis.get(database + ", release 1.0.0"));
			report.append(String.format(Locale.ROOT, "  %s: this build / 1.0.0 = %.2f× (aim ≤ 0.60×)%n", database, ratio));
		}
		System.out.print(report);
		Files.createDirectories(bench);
		Files.writeString(bench.resolve("startup.txt"), report, StandardCharsets.UTF_8);
		assertThat(millis).isNotEmpty();
	}

	/** One start on a database of its own; the milliseconds from launch to ready. */
	private long start(String classpath, String database, Path bench, String name) throws Exception {
		Path dir = bench.resolve("startup-runs").resolve(name);
		deleteRecursively(dir);
		Files.createDirectories(dir);
		int port = AppProcess.freePort();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "-Duser.timezone=Europe/Copenhagen", "-cp", classpath, "dk.aarshjul.AarshjulApplication",
				"--server.port=" + port, "--aarshjul.organisation.refresh=P3650D"));
		if (database.equals("H2")) {
			command.add("--spring.profiles.active=demo");
			command.add("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE");
		}
		else {
			String db = "startup_" + name.replaceAll("[^a-z0-9]", "_").toLowerCase(Locale.ROOT) + "_" + System.nanoTime();
			run(List.of("createdb", "-h", "127.0.0.1", "-U", "postgres", db), dir);
			command.add("--spring.profiles.active=demo,postgres");
			command.add("--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + db);
			command.add("--spring.datasource.username=postgres");
			command.add("--spring.datasource.password=");
		}
		long started = System.nanoTime();
		Process app = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("app.log").toFile())
			.start();
		try {
			awaitReady(app, port, dir);
			return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		}
		finally {
			app.destroy();
			if (!app.waitFor(30, TimeUnit.SECONDS)) {
				app.destroyForcibly().waitFor();
			}
		}
	}

	private static void awaitReady(Process app, int port, Path dir) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
		HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		long deadline = System.nanoTime() + READY_WITHIN.toNanos();
		while (System.nanoTime() < deadline) {
			if (!app.isAlive()) {
				throw new AssertionError("The application stopped at start; see " + dir.resolve("app.log"));
			}
			try {
				HttpResponse<String> answer = http.send(readiness, HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Not ready within " + READY_WITHIN + "; see " + dir.resolve("app.log"));
	}

	/**
	 * Release 1.0.0's classes and dependencies: its sources from git, compiled once (kept under
	 * target/bench for the next run), its dependency jars from the local Maven repository.
	 */
	private static String releaseClasspath(Path release) throws Exception {
		Path sources = release.resolve("src");
		Path classpath = sources.resolve("classpath.txt");
		if (!Files.exists(classpath)) {
			deleteRecursively(sources);
			Files.createDirectories(sources);
			Path archive = release.resolve("release.tar");
			run(List.of("git", "-c", "safe.directory=*", "archive", "--format=tar", "-o", archive.toString(), RELEASE), Path.of("").toAbsolutePath());
			run(List.of("tar", "-xf", archive.toString(), "-C", sources.toString()), sources);
			run(List.of("./mvnw", "-B", "-q", "compile", "dependency:build-classpath",
					"-Dmdep.outputFile=classpath.txt", "-Dmdep.includeScope=runtime"), sources);
		}
		return sources.resolve("target").resolve("classes") + File.pathSeparator
				+ Files.readString(classpath, StandardCharsets.UTF_8).strip();
	}

	private static boolean postgresAnswers() {
		try {
			return run(List.of("pg_isready", "-h", "127.0.0.1", "-p", "5432"), Path.of("").toAbsolutePath()) == 0;
		}
		catch (Exception | AssertionError unavailable) {
			return false;
		}
	}

	private static int run(List<String> command, Path dir) throws Exception {
		Path log = Files.createTempFile("startup-benchmark", ".log");
		Process process = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!process.waitFor(15, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError(command + " did not finish");
		}
		if (process.exitValue() != 0) {
			throw new AssertionError(command + " failed:\n" + Files.readString(log));
		}
		return process.exitValue();
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
