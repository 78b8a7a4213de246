package dk.aarshjul.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import dk.aarshjul.system.H2Test;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Wrong passwords slow a name and an address down, but nobody can lock a person out for good, and
 * the answers do not tell which names exist. Camunda's own lock-out (ten wrong passwords, then
 * locked until an administrator unlocks) is off. The throttle is on for these tests only (every
 * other test comes from the same address), the clock is moved instead of waited for, and the
 * users are users no other test signs in as.
 */
@H2Test
@ExtendWith(OutputCaptureExtension.class)
class SignInLockOutTests {

	private static final String USER = "laas-proeve";

	private static final String NOBODY = "findes-ikke-proeve";

	private static final String PASSWORD = "Rigtig-kode-7";

	private static final SignInThrottleProperties ON = new SignInThrottleProperties(true, Duration.ofSeconds(3),
			Duration.ofSeconds(60), 20, Duration.ofMinutes(15), Duration.ofHours(1), 5);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestRestTemplate web;

	@Autowired
	IdentityService identity;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SignInThrottleProperties configured;

	@BeforeEach
	void throttleOnForAUserOfItsOwn() {
		if (identity.createUserQuery().userId(USER).count() == 0) {
			User user = identity.newUser(USER);
			user.setFirstName("Lås");
			user.setLastName("Prøve");
			user.setPassword(PASSWORD);
			identity.saveUser(user);
		}
		// Camunda still notes each wrong password's moment on the user (with no delay): one noted on a
		// clock another test moved ahead would look like a lock once the clock is back
		identity.unlockUser(USER);
		ClockUtil.setCurrentTime(new Date());
		throttle.use(ON);
	}

	@AfterEach
	void throttleOff() {
		throttle.use(configured);
		ClockUtil.reset();
	}

	@Test
	void tenWrongPasswordsDoNotKeepTheRightOneOutForGood() throws Exception {
		for (int attempt = 1; attempt <= 10; attempt++) {
			assertThat(signIn(USER, "forkert-" + attempt, "10.26.4.1").getRedirectedUrl()).isEqualTo("/login?error");
			String waiting = signIn(USER, PASSWORD, "10.26.4.1").getRedirectedUrl();
			assertThat(waiting).as("the right password during the wait").startsWith("/login?vent=");
			assertThat(Integer.parseInt(waiting.substring("/login?vent=".length()))).isBetween(1, 60);
			moveClock(Duration.ofSeconds(61));
		}
		mvc.perform(post("/login").param("username", USER).param("password", PASSWORD).with(csrf()).with(from("10.26.4.1")))
			.andExpect(authenticated().withUsername(USER));
		assertThat(identity.checkPassword(USER, PASSWORD)).as("Camunda has not locked the user either").isTrue();
	}

	@Test
	void theWaitIsBoundedAndAlsoEndsForScriptsOnTheApis() throws Exception {
		for (int attempt = 1; attempt <= 12; attempt++) {
			basic("/api/plans", USER, "forkert", "10.26.4.2");
			moveClock(Duration.ofSeconds(61));
		}
		basic("/api/plans", USER, "forkert", "10.26.4.2");
		assertThat(basic("/api/plans", USER, PASSWORD, "10.26.4.2").getStatus()).as("waiting").isEqualTo(401);
		moveClock(Duration.ofSeconds(60));
		assertThat(basic("/api/plans", USER, PASSWORD, "10.26.4.2").getStatus()).as("a minute later").isEqualTo(200);

		throttle.use(ON);
		assertThat(web.withBasicAuth(USER, "forkert").getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(web.withBasicAuth(USER, PASSWORD).getForEntity("/engine-rest/task", String.class).getStatusCode())
			.as("waiting").isEqualTo(HttpStatus.UNAUTHORIZED);
		moveClock(Duration.ofSeconds(3));
		assertThat(web.withBasicAuth(USER, PASSWORD).getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	/** Every step of the same sequence, for a real name and for one nobody has: the same answers. */
	@Test
	void unknownAndExistingNamesGetTheSameAnswers() throws Exception {
		assertThat(answers(NOBODY, "10.26.4.4")).isEqualTo(answers(USER, "10.26.4.3"));
		assertThat(engineRestAnswers(NOBODY)).isEqualTo(engineRestAnswers(USER));
	}

	@Test
	void anAddressThatKeepsGuessingWaitsWhateverTheNameAndAdministratorsSeeIt() throws Exception {
		for (int name = 1; name <= 20; name++) {
			assertThat(signIn("gaet-" + name, "forkert", "10.26.4.5").getRedirectedUrl()).isEqualTo("/login?error");
		}
		assertThat(signIn("gaet-21", "forkert", "10.26.4.5").getRedirectedUrl()).as("the 21st is counted")
			.isEqualTo("/login?error");
		assertThat(signIn(USER, PASSWORD, "10.26.4.5").getRedirectedUrl()).as("a fresh name from that address")
			.startsWith("/login?vent=");
		assertThat(signIn(USER, PASSWORD, "10.26.4.6").getRedirectedUrl()).as("from elsewhere").isEqualTo("/mine-opgaver");

		String view = mvc.perform(get("/actuator/signindelays").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(view).contains("\"who\":\"10.26.4.5\"", "\"wrongPasswords\":21", "\"who\":\"gaet-21\"");
		mvc.perform(get("/actuator/signindelays").with(httpBasic("olivia", "demo"))).andExpect(status().isForbidden());

		mvc.perform(delete("/actuator/signindelays/10.26.4.5").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk());
		assertThat(signIn(USER, PASSWORD, "10.26.4.5").getRedirectedUrl()).as("lifted").isEqualTo("/mine-opgaver");
	}

	@Test
	void repeatedWrongPasswordsAreLoggedAndRecorded(CapturedOutput log) throws Exception {
		int before = recorded("10.26.4.7");
		for (int attempt = 1; attempt <= 4; attempt++) {
			signIn(USER, "forkert", "10.26.4.7");
			moveClock(Duration.ofSeconds(61));
		}
		assertThat(recorded("10.26.4.7")).as("four in a row are not yet reported").isEqualTo(before);
		signIn(USER, "forkert", "10.26.4.7");

		assertThat(log.getOut()).contains("Sign-in refused 5 times in a row for the name laas-proeve, the last from 10.26.4.7");
		assertThat(recorded("10.26.4.7")).as("the fifth is recorded").isEqualTo(before + 1);
		String view = mvc.perform(get("/actuator/signinfailures").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(view).contains("\"typedName\":\"laas-proeve\"", "\"address\":\"10.26.4.7\"", "\"failuresInRow\":5");
		mvc.perform(get("/actuator/signinfailures").with(httpBasic("olivia", "demo"))).andExpect(status().isForbidden());
	}

	private int recorded(String address) {
		return jdbc.queryForObject("select count(*) from sign_in_failure where address = ?", Integer.class, address);
	}

	/** Checks a password without the throttle: closed, on the engine API and behind the webapps alike. */
	@Test
	void theEnginesPasswordCheckIsClosed() {
		HttpHeaders json = new HttpHeaders();
		json.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> verify = web.withBasicAuth("olivia", "demo")
			.exchange("/engine-rest/identity/verify", HttpMethod.POST,
					new HttpEntity<>("{\"username\": \"" + USER + "\", \"password\": \"gæt\"}", json), String.class);
		assertThat(verify.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	private List<String> answers(String name, String address) throws Exception {
		List<String> answers = new ArrayList<>();
		answers.add(signIn(name, "forkert", address).getRedirectedUrl());
		String waiting = signIn(name, "forkert", address).getRedirectedUrl();
		answers.add(waiting);
		answers.add(mvc.perform(get(waiting)).andReturn().getResponse().getContentAsString().replaceAll(
				"name=\"_csrf\" value=\"[^\"]*\"", "the page's token"));
		for (String path : List.of("/api/plans", "/oversigt")) {
			MockHttpServletResponse basic = basic(path, name, "forkert", address);
			answers.add(basic.getStatus() + " " + basic.getHeader(HttpHeaders.WWW_AUTHENTICATE) + " "
					+ basic.getContentAsString());
		}
		moveClock(Duration.ofSeconds(61));
		answers.add(signIn(name, "forkert", address).getRedirectedUrl());
		moveClock(Duration.ofSeconds(61));
		return answers;
	}

	private List<String> engineRestAnswers(String name) {
		throttle.use(ON);
		List<String> answers = new ArrayList<>();
		for (int attempt = 1; attempt <= 2; attempt++) {
			ResponseEntity<String> answer = web.withBasicAuth(name, "forkert").getForEntity("/engine-rest/task", String.class);
			answers.add(answer.getStatusCode() + " " + answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE) + " "
					+ String.valueOf(answer.getBody()).replaceAll("\"timestamp\":\"[^\"]*\"", "the time"));
		}
		return answers;
	}

	private MockHttpServletResponse signIn(String name, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", name)
			.param("password", password)
			.with(csrf())
			.with(from(address))).andReturn().getResponse();
	}

	private MockHttpServletResponse basic(String path, String name, String password, String address) throws Exception {
		return mvc.perform(get(path).accept(MediaType.APPLICATION_JSON).with(httpBasic(name, password)).with(from(address)))
			.andReturn()
			.getResponse();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static void moveClock(Duration by) {
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + by.toMillis()));
	}

}
