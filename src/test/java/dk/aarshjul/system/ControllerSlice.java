package dk.aarshjul.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;

import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.security.WebappAccess;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A controller alone, with its templates and Årshjul's messages, in a {@code @WebMvcTest} slice: no
 * engine, no database. What the controller calls is a {@code @MockitoBean} in the test class. Spring
 * Boot's default security stands in for Årshjul's filter chains (which need the engine): every page
 * needs a signed-in user ({@code with(user(..))}) and every form the CSRF token ({@code with(csrf())});
 * the application's own chains, sign-in and CSRF refusals are tested in full contexts
 * ({@link H2Test}), e.g. {@code security/AccessRulesTests} and {@code security/CsrfTests}.
 * <p>
 * The clock is fixed (Copenhagen, {@link #TODAY}), so no slice depends on the day it runs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import(ControllerSlice.SliceBeans.class)
// the layout asks it whether to show the Cockpit and Admin links (false: hidden)
@MockitoBean(name = "webappAccess", types = WebappAccess.class)
@ActiveProfiles("test")
public @interface ControllerSlice {

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();

	/** Noon in Copenhagen on the slice's today: 2 March 2026. */
	Instant TODAY = Instant.parse("2026-03-02T11:00:00Z");

	@TestConfiguration(proxyBeanMethods = false)
	// Årshjul's request filters (size limits, query expressions) read the webapps' paths from them
	@EnableConfigurationProperties(CamundaBpmProperties.class)
	class SliceBeans {

		@Bean
		Clock clock() {
			return Clock.fixed(TODAY, WorkingTime.ZONE);
		}

	}

}
