package dk.aarshjul.security;

import dk.aarshjul.system.H2Test;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One set of users for Årshjul's pages, its API and the engine REST API: Camunda's identity
 * service. Camunda delays the next sign-in after a wrong password (switched off for the tests in
 * application-test.yml); each test that types a wrong password still does so as a user of its own.
 */
@H2Test
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestRestTemplate http;

	@Test
	void demoUserSignsInWithTheDemoPasswordAndGetsTheirGroups() throws Exception {
		mvc.perform(formLogin("/login").user("olivia").password("demo"))
			.andExpect(authenticated().withUsername("olivia").withAuthorities(
					java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_procesejer"))))
			.andExpect(redirectedUrl("/mine-opgaver"));
	}

	@Test
	void wrongPasswordIsRefused() throws Exception {
		mvc.perform(formLogin("/login").user("jonas").password("forkert"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void pagesSendAnonymousVisitorsToTheDanishLoginPage() throws Exception {
		mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Adgangskode")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Demo – dette er en demonstrationsinstallation")));
	}

	@Test
	void signedInUserSeesThePlans() throws Exception {
		mvc.perform(get("/").with(httpBasic("anders", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Holbæk i Fællesskab")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Administrativ strategi")));
	}

	@Test
	void apiRequiresSignIn() throws Exception {
		mvc.perform(get("/api/plans")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/plans").with(httpBasic("ida", "forkert"))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/plans").with(httpBasic("anders", "demo"))).andExpect(status().isOk());
	}

	@Test
	void sessionFormsWithoutCsrfTokenAreRefused() throws Exception {
		// the session lives in the database (Spring Session), reached by its cookie as a browser reaches it
		Cookie session = mvc.perform(formLogin("/login").user("anders").password("demo"))
			.andReturn()
			.getResponse()
			.getCookie("JSESSIONID");
		// the page she has open carries the session's token in its forms
		mvc.perform(get("/").cookie(session)).andExpect(content().string(org.hamcrest.Matchers.containsString("_csrf")));
		mvc.perform(post("/logout").cookie(session)).andExpect(status().isForbidden());
		mvc.perform(post("/logout").cookie(session).with(csrf()))
			.andExpect(status().is2xxSuccessful())
			.andExpect(cookie().maxAge("JSESSIONID", 0));
	}

	/** Without a session there is no token to compare with: the form is not carried out either. */
	@Test
	void formsWithoutSessionOrCsrfTokenGoBackToTheLoginPage() throws Exception {
		mvc.perform(post("/logout").with(user("anders"))).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void engineRestApiRequiresCamundaCredentials() {
		var anonymous = http.getForEntity("/engine-rest/task", String.class);
		assertThat(anonymous.getStatusCode()).as(anonymous.getBody())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).as("the challenge scripts answer").startsWith("Basic");
		assertThat(http.withBasicAuth("ulrik", "forkert").getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(http.withBasicAuth("anders", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void configuredAdministratorAdministersCamunda() {
		assertThat(http.withBasicAuth("admin", "demo").getForEntity("/engine-rest/group?member=admin", String.class)
			.getBody()).contains("camunda-admin");
	}

	@Test
	void healthIsOpenButOtherActuatorEndpointsAreNot() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
	}

}
