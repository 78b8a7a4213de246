package dk.aarshjul.security;

import dk.aarshjul.system.H2Test;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
 * After a wrong password Camunda delays the next sign-in; while it does, the right password is
 * answered "wait N seconds", not "wrong password". The delay is on for this test only (the test
 * profile switches it off), for a user no other test signs in as.
 */
@H2Test
class SignInDelayTests {

	private static final String USER = "vent-proeve";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityService identity;

	@Autowired
	ProcessEngine engine;

	private int delayBefore;

	@BeforeEach
	void delayOnForAUserOfItsOwn() {
		if (identity.createUserQuery().userId(USER).count() == 0) {
			User user = identity.newUser(USER);
			user.setFirstName("Vent");
			user.setLastName("Prøve");
			user.setPassword("demo");
			identity.saveUser(user);
		}
		delayBefore = configuration().getLoginDelayBase();
		configuration().setLoginDelayBase(30);
	}

	@AfterEach
	void delayOff() {
		configuration().setLoginDelayBase(delayBefore);
		identity.unlockUser(USER);
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

		identity.unlockUser(USER);
		mvc.perform(formLogin("/login").user(USER).password("demo")).andExpect(authenticated().withUsername(USER));
	}

	private ProcessEngineConfigurationImpl configuration() {
		return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
	}

}
