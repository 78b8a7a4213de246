package dk.aarshjul.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import dk.aarshjul.AarshjulApplication;

/**
 * Årshjul in a JVM of its own, as in production, so that a test can kill it with SIGKILL: no
 * shutdown hook, no transaction finished, no lock released. It runs on the test's own classpath
 * without the test classes, so it is exactly the application under test; its output goes to a
 * log file under {@code target/}.
 */
public final class AppProcess implements AutoCloseable {

	/* ample on a busy two-core machine, where a start takes a minute and more */
	private static final Duration STARTUP = Duration.ofSeconds(240);

	private final Process process;

	private final int port;

	private final Path log;

	private AppProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Starts the application with the given settings (each {@code name=value}) and waits until it answers. */
	public static AppProcess start(String name, List<String> settings) throws Exception {
		// a quick start, not a fast run: what a test of a few requests wants
		return start(name, List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), settings);
	}

	/** As {@link #start(String, List)}, with the JVM's own options (memory, compiler, collector) given. */
	public static AppProcess start(String name, List<String> jvmOptions, List<String> settings) throws Exception {
		int port = freePort();
		Path log = Paths.get("target", "app-processes", name + ".log").toAbsolutePath();
		Files.createDirectories(log.getParent());
		List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(jvmOptions);
		command.addAll(List.of("-Duser.timezone=Europe/Copenhagen", "-cp", applicationClasspath(),
				AarshjulApplication.class.getName(), "--server.port=" + port));
		settings.forEach(setting -> command.add("--" + setting));
		Process process = new ProcessBuilder(command).directory(log.getParent().toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		AppProcess app = new AppProcess(process, port, log);
		try {
			app.awaitHealthy();
		}
		catch (Exception | AssertionError ex) {
			app.close();
			throw ex;
		}
		return app;
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/** SIGKILL: the JVM stops at once, in the middle of whatever it does. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("The application did not die");
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}

	private void awaitHealthy() throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new AssertionError("The application stopped at start; see " + log + ":\n" + tail());
			}
			try {
				HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
					.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("UP")) {
					return;
				}
			}
			catch (IOException notYet) {
				// the port is not open yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("The application did not answer within " + STARTUP + "; see " + log + ":\n" + tail());
	}

	private String tail() throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	/**
	 * The test JVM's classpath (Surefire may hand it over as one jar whose manifest lists the
	 * rest), without the test classes: a test configuration must not end up in the application.
	 */
	static String applicationClasspath() {
		Set<String> entries = new LinkedHashSet<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			entries.add(entry);
			entries.addAll(manifestClasspath(Paths.get(entry)));
		}
		Path testClasses = Paths.get("target", "test-classes").toAbsolutePath();
		return entries.stream()
			.filter(entry -> !Paths.get(entry).toAbsolutePath().equals(testClasses))
			.reduce((a, b) -> a + File.pathSeparator + b)
			.orElseThrow();
	}

	private static List<String> manifestClasspath(Path entry) {
		if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
			return List.of();
		}
		try (JarFile jar = new JarFile(entry.toFile())) {
			Manifest manifest = jar.getManifest();
			String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
			if (classPath == null || classPath.isBlank()) {
				return List.of();
			}
			List<String> listed = new ArrayList<>();
			for (String url : classPath.trim().split("\\s+")) {
				listed.add(Paths.get(new URL(entry.toUri().toURL(), url).toURI()).toString());
			}
			return listed;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
