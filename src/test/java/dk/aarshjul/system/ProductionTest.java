package dk.aarshjul.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application as in production — no demo profile, so no demo passwords — with the
 * administrator's password and the database and mail credentials from the environment, on an
 * in-memory H2 database and the real Tomcat. Every test class using it shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestExecutionListeners(listeners = DefaultEngineRegistration.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@TestPropertySource(properties = { "aarshjul.admin.password=" + ProductionTest.ADMIN_PASSWORD,
		"spring.datasource.password=" + ProductionTest.DATABASE_PASSWORD, "spring.mail.host=localhost",
		"spring.mail.port=32599", "aarshjul.organisation.file=classpath:organisation/demo-kommune.yml", "spring.mail.username=aarshjul", "spring.mail.password=" + ProductionTest.MAIL_PASSWORD })
public @interface ProductionTest {

	String ADMIN_PASSWORD = "Adm1n-hemmelig-9f2c";

	String DATABASE_PASSWORD = "Db-hemmelig-41ab";

	String MAIL_PASSWORD = "Mail-hemmelig-77de";

}
