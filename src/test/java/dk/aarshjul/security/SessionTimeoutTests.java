package dk.aarshjul.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.aarshjul.system.H2Test;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process owner signs in on the login form, leaves the browser for too long, and comes back:
 * the server has let the session go, and the next page sends her to the login page with a
 * Danish explanation. The session ends in the database (Spring Session, shared by every node) the
 * way the configured timeout ends it: its last access lies longer back than the timeout.
 */
@H2Test
class SessionTimeoutTests {

	private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

	private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	TestRestTemplate web;

	/** A browser's view: every redirect is seen, not followed behind the test's back. */
	private TestRestTemplate http;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@BeforeEach
	void seeRedirects() {
		http = web.withRedirects(Redirects.DONT_FOLLOW);
	}

	@Test
	void sessionsEndAfterThirtyMinutesIdle() {
		assertThat(sessions.createSession().getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void anExpiredSessionSendsTheUserToTheLoginPageWithAnExplanation() throws Exception {
		String session = signIn("olivia", "demo");
		assertThat(page("/oversigt", session).getStatusCode()).isEqualTo(HttpStatus.OK);

		idleForThirtyOneMinutes(session);

		ResponseEntity<String> afterwards = page("/oversigt", session);
		assertThat(afterwards.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(afterwards.getHeaders().getLocation()).hasToString(http.getRootUri() + "/login?expired");
		assertThat(page("/login?expired", null).getBody())
			.contains("Du har været inaktiv i for lang tid og er blevet logget ud");
	}

	/** Tasklist, Cockpit and Admin live in the same session as Årshjul's pages, and end with it. */
	@Test
	void theWebappsShareTheSessionAndItsTimeout() throws Exception {
		String session = signIn("olivia", "demo");
		ResponseEntity<String> tasklist = page("/camunda/app/tasklist/default/", session);
		assertThat(tasklist.getStatusCode()).as("no second sign-in").isEqualTo(HttpStatus.OK);
		ResponseEntity<String> user = webappApi("/camunda/api/admin/auth/user/default", session);
		assertThat(user.getBody()).as("the webapps know who signed in").contains("\"userId\":\"olivia\"");

		idleForThirtyOneMinutes(session);

		assertThat(webappApi("/camunda/api/admin/auth/user/default", session).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		ResponseEntity<String> cockpit = page("/camunda/app/cockpit/default/", session);
		assertThat(cockpit.getHeaders().getLocation()).hasToString(http.getRootUri() + "/login?expired");
	}

	@Test
	void signingOutIsNotMistakenForAnExpiredSession() {
		String session = signIn("olivia", "demo");
		ResponseEntity<String> overview = page("/oversigt", session);
		HttpHeaders headers = cookie(session);
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("_csrf", token(overview.getBody()));
		ResponseEntity<String> signedOut = http.exchange("/logout", HttpMethod.POST, new HttpEntity<>(form, headers),
				String.class);

		assertThat(signedOut.getHeaders().getLocation()).hasToString(http.getRootUri() + "/login?logout");
		assertThat(signedOut.getHeaders().get(HttpHeaders.SET_COOKIE)).as("the browser forgets the session")
			.anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=;").contains("Max-Age=0"));
	}

	/** Signs in on the login form as a browser does and answers the session id it ends with. */
	private String signIn(String user, String password) {
		ResponseEntity<String> login = http.getForEntity("/login", String.class);
		HttpHeaders headers = cookie(sessionOf(login));
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", password);
		form.add("_csrf", token(login.getBody()));
		ResponseEntity<String> signedIn = http.postForEntity("/login", new HttpEntity<>(form, headers), String.class);
		assertThat(signedIn.getHeaders().getLocation()).as("signed in").hasToString(http.getRootUri() + "/mine-opgaver");
		return sessionOf(signedIn);
	}

	private ResponseEntity<String> page(String path, String session) {
		HttpHeaders headers = session == null ? new HttpHeaders() : cookie(session);
		headers.setAccept(java.util.List.of(MediaType.TEXT_HTML));
		return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

	/** As the webapps' scripts call their API. */
	private ResponseEntity<String> webappApi(String path, String session) {
		HttpHeaders headers = cookie(session);
		headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
		return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

	private static HttpHeaders cookie(String session) {
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + session);
		return headers;
	}

	private static String sessionOf(ResponseEntity<String> response) {
		String cookies = String.join(";", response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE));
		Matcher matcher = SESSION_COOKIE.matcher(cookies);
		assertThat(matcher.find()).as("a session cookie in %s", cookies).isTrue();
		return matcher.group(1);
	}

	private static String token(String page) {
		Matcher matcher = CSRF_TOKEN.matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

	/** The session's last request lies 31 minutes back, as if its person had left the browser that long. */
	private void idleForThirtyOneMinutes(String cookie) {
		idle(sessions, new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8), Duration.ofMinutes(31));
	}

	private static <S extends Session> void idle(SessionRepository<S> sessions, String id, Duration idle) {
		S session = sessions.findById(id);
		assertThat(session).as("the database holds the signed-in session").isNotNull();
		session.setLastAccessedTime(Instant.now().minus(idle));
		sessions.save(session);
	}

}
