package dk.aarshjul.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Årshjul's repositories and entities alone ({@code @DataJpaTest}), on a database of their own on
 * the test run's embedded PostgreSQL ({@link EmbeddedPostgresInitializer}), made by Årshjul's Flyway
 * migrations: no engine, so no Camunda tables. The same test body runs on H2 with {@link H2RepositoryTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles({ "test", "postgres" })
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
public @interface PostgresRepositoryTest {

}
