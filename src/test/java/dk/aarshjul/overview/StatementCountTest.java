package dk.aarshjul.overview;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dk.aarshjul.system.H2Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The context of the tests that count SQL statements (the overview, the work page, Cockpit's plugin,
 * a Prometheus scrape): one context for all of them, with statements counted, no mail for new tasks
 * (so a count holds no mail job) and metrics exported as Prometheus reads them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@H2Test
@AutoConfigureObservability(tracing = false)
@Import(StatementCounter.class)
@TestPropertySource(properties = "aarshjul.notification.new-tasks=false")
public @interface StatementCountTest {

}
