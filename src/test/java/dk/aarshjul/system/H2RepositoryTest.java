package dk.aarshjul.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Årshjul's repositories and entities alone ({@code @DataJpaTest}), on an in-memory H2 database made
 * by Årshjul's Flyway migrations: no engine, so no Camunda tables — a repository tested here must not
 * read {@code ACT_*}. Each test runs in a transaction that is rolled back. The same test body runs on
 * PostgreSQL with {@link PostgresRepositoryTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(showSql = false)
// Årshjul's own database from application-test.yml, with Flyway's schema, not an embedded replacement
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
public @interface H2RepositoryTest {

}
