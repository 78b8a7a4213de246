package dk.aarshjul.security;

import java.time.Duration;
import java.util.Date;

import dk.aarshjul.system.H2Test;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * After a wrong password the next sign-in waits (security.SignInThrottle); while it does, the
 * right password is answered "wait N seconds", not "wrong password". The throttle is on for this
 * test only (the test profile switches it off), for a user no other test signs in as.
 */
@H2Test
class SignInDelayTests {

	private static final String USER = "vent-proeve";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityService identity;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	SignInThrottleProperties configured;

	@BeforeEach
	void delayOnForAUserOfItsOwn() {
		if (identity.createUserQuery().userId(USER).count() == 0) {
			User user = identity.newUser(USER);
			user.setFirstName("Vent");
			user.setLastName("Prøve");
			user.setPassword("demo");
			identity.saveUser(user);
		}
		ClockUtil.setCurrentTime(new Date());
		throttle.use(new SignInThrottleProperties(true, Duration.ofSeconds(30), Duration.ofSeconds(60), 20,
				Duration.ofMinutes(15), Duration.ofHours(1), 5));
	}

	@AfterEach
	void delayOff() {
		throttle.use(configured);
		ClockUtil.reset();
	}

	@Test
	void rightPasswordDuringTheDelayIsToldToWaitInDanish() throws Exception {
		mvc.perform(formLogin("/login").user(USER).password("forkert"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));

		String waitPage = mvc.perform(formLogin("/login").user(USER).password("demo"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrlPattern("/login?vent=*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		int seconds = Integer.parseInt(waitPage.substring(waitPage.indexOf('=') + 1));
		assertThat(seconds).isBetween(1, 30);

		String html = mvc.perform(get(waitPage)).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Vent " + seconds + " sekunder, og prøv igen.")
			.doesNotContain("Forkert brugernavn eller adgangskode");

		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + seconds * 1000L));
		mvc.perform(formLogin("/login").user(USER).password("demo")).andExpect(authenticated().withUsername(USER));
	}

}
