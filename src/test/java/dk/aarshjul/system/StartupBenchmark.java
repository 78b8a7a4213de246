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
 * Start-up to readiness: this build as production starts it beside release 1.0.0 (commit ace0ed2)
 * as it shipped, started in turn on a fresh H2 file database and, when the local PostgreSQL server
 * answers, on a fresh PostgreSQL database, with the demo profile. This build runs as
 * docs/production-start.md tells: its packaged jar extracted ({@code -Djarmode=tools extract}),
 * started with a CDS archive that a training run made ({@code -XX:ArchiveClassesAtExit},
 * {@code -Dspring.context.exit=onRefresh}); it is also started from the same extracted jar without
 * the archive, so that what CDS gives and what the code gives are told apart. Release 1.0.0 runs
 * from its compiled classes and dependency jars, as its image ran them, without CDS. The clock runs
 * from the JVM's launch to the first {@code UP} of {@code /actuator/health/readiness}. Each round
 * starts every build once, so that the load of a shared machine falls on all alike; the load
 * average at each start is printed with the figures. Prints the medians and the ratios, and writes
 * them to {@code target/bench/startup.txt}; the aim is 0.6× (issue 32). Only `./mvnw -Pbench`
 * runs it.
 */
class StartupBenchmark {

	private static final String RELEASE = "ace0ed2";

	private static final int ROUNDS = Integer.getInteger("startup.rounds", 3);

	private static final Duration READY_WITHIN = Duration.ofSeconds(300);

	private static final String RELEASE_100 = "release 1.0.0";

	private static final String JAR = "this build, jar";

	private static final String JAR_CDS = "this build, jar + CDS";

	@Test
	void startUpToReadinessBesideRelease100() throws Exception {
		Path bench = Path.of("target", "bench").toAbsolutePath();
		Map<String, List<String>> builds = new LinkedHashMap<>();
		builds.put(RELEASE_100, List.of("-cp", releaseClasspath(bench.resolve("release-1.0.0")),
				"dk.aarshjul.AarshjulApplication"));
		Path jar = extractedJar(bench.resolve("current"));
		Path archive = trainedArchive(jar, bench.resolve("startup-runs").resolve("training"));
		builds.put(JAR, List.of("-jar", jar.toString()));
		builds.put(JAR_CDS, List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-jar", jar.toString()));
		Map<String, List<Long>> millis = new LinkedHashMap<>();
		List<String> loads = new ArrayList<>();
		List<String> databases = new ArrayList<>(List.of("H2"));
		if (postgresAnswers()) {
			databases.add("PostgreSQL");
		}
		for (String database : databases) {
			for (int round = 0; round < ROUNDS; round++) {
				for (Map.Entry<String, List<String>> build : builds.entrySet()) {
					loads.add(loadAverage());
					String name = build.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + database + "-" + round;
					millis.computeIfAbsent(database + ", " + build.getKey(), k -> new ArrayList<>())
						.add(start(build.getValue(), database, bench, name));
				}
			}
		}
		StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
				"Start-up to readiness, median of %d starts each (ms), started in turn; %s%n", ROUNDS,
				"load average (1 min) at the starts: " + String.join(" ", loads)));
		millis.forEach((what, times) -> report.append(String.format(Locale.ROOT, "  %-36s %6d   %s%n", what,
				median(times), times)));
		for (String database : databases) {
			report.append(String.format(Locale.ROOT,
					"  %s: this build (jar + CDS) / 1.0.0 = %.2f× (aim ≤ 0.60×); the code alone (jar, no CDS) / 1.0.0 = %.2f×; CDS alone (jar + CDS / jar) = %.2f×%n",
					database, ratio(millis, database, JAR_CDS, RELEASE_100), ratio(millis, database, JAR, RELEASE_100),
					ratio(millis, database, JAR_CDS, JAR)));
		}
		System.out.print(report);
		Files.createDirectories(bench);
		Files.writeString(bench.resolve("startup.txt"), report, StandardCharsets.UTF_8);
		assertThat(millis).isNotEmpty();
	}

	private static double ratio(Map<String, List<Long>> millis, String database, String build, String against) {
		return (double) median(millis.get(database + ", " + build)) / median(millis.get(database + ", " + against));
	}

	/** One start on a database of its own; the milliseconds from launch to ready. */
	private long start(List<String> launch, String database, Path bench, String name) throws Exception {
		Path dir = bench.resolve("startup-runs").resolve(name);
		deleteRecursively(dir);
		Files.createDirectories(dir);
		int port = AppProcess.freePort();
		List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g", "-Duser.timezone=Europe/Copenhagen"));
		command.addAll(launch);
		command.addAll(List.of("--server.port=" + port, "--aarshjul.organisation.refresh=P3650D"));
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

	/**
	 * This build's jar as the build packages it (from the classes this run compiled), extracted as
	 * docs/production-start.md tells; the extracted application jar.
	 */
	private static Path extractedJar(Path current) throws Exception {
		Path project = Path.of("").toAbsolutePath();
		run(List.of("./mvnw", "-B", "-q", "jar:jar", "spring-boot:repackage"), project);
		Path packaged;
		try (var jars = Files.list(project.resolve("target"))) {
			packaged = jars.filter(path -> path.getFileName().toString().matches("aarshjul-.*\\.jar"))
				.filter(path -> !path.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no packaged jar under target/"));
		}
		deleteRecursively(current);
		run(List.of(java(), "-Djarmode=tools", "-jar", packaged.toString(), "extract", "--destination", current.toString()),
				project);
		return current.resolve(packaged.getFileName());
	}

	/**
	 * The CDS archive of the extracted jar, made by one training run as docs/production-start.md
	 * tells: the application starts on an in-memory database and stops once its context is refreshed.
	 */
	private static Path trainedArchive(Path jar, Path dir) throws Exception {
		Path archive = jar.resolveSibling("application.jsa");
		deleteRecursively(dir);
		Files.createDirectories(dir);
		run(List.of(java(), "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-Xmx1g",
				"-Duser.timezone=Europe/Copenhagen", "-jar", jar.toString(), "--spring.profiles.active=demo",
				"--spring.datasource.url=jdbc:h2:mem:cds-training", "--server.port=0"), dir);
		assertThat(archive).exists();
		return archive;
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** The 1-minute load average, as uptime prints it; "?" where the system does not tell. */
	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException | RuntimeException unknown) {
			return "?";
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
