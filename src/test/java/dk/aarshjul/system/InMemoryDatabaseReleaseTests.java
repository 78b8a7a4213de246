package dk.aarshjul.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** A closed test context takes its in-memory database with it; an open one keeps it. */
class InMemoryDatabaseReleaseTests {

	@Test
	void theDatabaseOfAClosedContextIsGoneAndThatOfAnOpenOneIsKept() throws SQLException {
		String url = "jdbc:h2:mem:release-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		AnnotationConfigApplicationContext context = contextOn(url);
		try (Connection connection = context.getBean(HikariDataSource.class).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table plan (id int)");
			statement.execute("insert into plan values (1)");
		}
		assertThat(planTableIn(url)).as("while the context is open").isTrue();

		context.close();

		assertThat(planTableIn(url)).as("after the context closed").isFalse();
	}

	private static AnnotationConfigApplicationContext contextOn(String url) {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		context.getEnvironment().setActiveProfiles("test");
		context.getEnvironment().getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", url)));
		context.registerBean(InMemoryDatabaseRelease.class);
		context.registerBean("dataSource", HikariDataSource.class, () -> {
			HikariDataSource pool = new HikariDataSource();
			pool.setJdbcUrl(url);
			pool.setUsername("sa");
			pool.setPassword("");
			return pool;
		});
		context.refresh();
		return context;
	}

	/** Whether the named database still holds the table, asked of the database alone. */
	private static boolean planTableIn(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet tables = connection.getMetaData().getTables(null, null, "PLAN", null)) {
			return tables.next();
		}
	}

}
