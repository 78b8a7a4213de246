package dk.aarshjul.security;

import java.util.List;
import java.util.Map;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.system.Browser;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.translation.UnitTranslationProcess;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mode oidc against a real OpenID Connect provider (mock-oauth2-server, with its interactive
 * login page): a chief signs in at the provider, lands on "Hvor er planerne?", opens Tasklist
 * and Cockpit without a second login, completes her task, signs out — and is out of Tasklist
 * too. Someone the provider knows but the organisation file does not is refused in Danish;
 * scripts call the APIs with the provider's bearer tokens; nobody gets in anonymously.
 * Screenshots: {@code target/screenshots/oidc-*}.
 */
@H2Test
@TestPropertySource(properties = { "aarshjul.sign-in.mode=oidc", "aarshjul.sign-in.oidc.client-id=aarshjul",
		"aarshjul.sign-in.oidc.client-secret=hemmelig", "aarshjul.sign-in.oidc.admin-role=aarshjul-admin",
		"aarshjul.sign-in.contact=IT-support på 7070 7070" })
class OidcSignInTests {

	private static final String ISSUER = "demo-kommune";

	private static final MockOAuth2Server provider = started();

	private static final String KEY = "DEMO-STRATEGI-2092";

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate web;

	@Autowired
	CycleDriver cycle;

	@Autowired
	TaskService tasks;

	@DynamicPropertySource
	static void identityProvider(DynamicPropertyRegistry properties) {
		properties.add("aarshjul.sign-in.oidc.issuer-uri", () -> provider.issuerUrl(ISSUER).toString());
	}


	@Test
	void aChiefSignsInOnceAtTheIdentityProviderWorksInTasklistAndCockpitAndSignsOutOfEverything() throws Exception {
		cycle.untilTranslation("DEMO-STRATEGI", KEY, 2092, List.of("job"));
		Task translation = cycle.taskFor("dorthe", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, KEY + "-job");

		try (Browser chief = Browser.open("oidc-chief")) {
			chief.go(url("/oversigt"));
			signInAtTheProvider(chief, "dorthe", "{\"preferred_username\": \"dorthe\", \"roles\": [\"aarshjul-admin\"]}");

			chief.waitForText(By.tagName("h1"), "Hvor er planerne?");
			chief.screenshot("overview");
			assertThat(chief.currentUrl()).contains("/oversigt");

			// as the links on Årshjul's pages open a task (an administrator's Tasklist lists everyone's filters)
			chief.go(url("/camunda/app/tasklist/default/#/?task=" + translation.getId()));
			chief.waitForText(By.tagName("body"), "Min enheds opgaver");
			chief.screenshot("tasklist");
			chief.click(By.xpath("//button[contains(., 'Tag opgaven')]"));
			chief.waitFor(By.id("unit-area-1-action"));
			for (WebElement action : chief.findAll(By.cssSelector("textarea[id$='-action']"))) {
				if (action.isDisplayed()) {
					action.sendKeys("Vi gør det konkret i Job og Uddannelse.");
				}
			}
			chief.screenshot("tasklist-form");
			chief.click(By.xpath("//button[contains(., 'Afslut opgaven')]"));
			chief.waitUntilGone(By.xpath("//button[contains(., 'Afslut opgaven')]"));

			// an administrator by the identity provider's role: Cockpit opens, no login of its own
			chief.go(url("/camunda/app/cockpit/default/"));
			chief.waitForText(By.tagName("body"), "Processer");
			chief.screenshot("cockpit");
			assertThat(chief.findAll(By.cssSelector("input[ng-model='password']"))).isEmpty();

			chief.go(url("/oversigt"));
			chief.click(By.xpath("//header//button[contains(., 'Log ud')]"));
			chief.waitForText(By.tagName("body"), "Du er logget ud.");
			chief.screenshot("signed-out");

			chief.go(url("/camunda/app/tasklist/default/"));
			chief.waitForText(By.tagName("body"), "Mock OAuth2 Server Sign-in");
			chief.screenshot("tasklist-asks-the-provider-again");
		}

		assertThat(tasks.createTaskQuery().taskId(translation.getId()).count()).as("completed").isZero();
	}

	@Test
	void someoneTheOrganisationFileDoesNotKnowIsRefusedInDanish() throws Exception {
		try (Browser stranger = Browser.open("oidc-unknown-person")) {
			stranger.go(url("/oversigt"));
			signInAtTheProvider(stranger, "bo.ukendt", "{\"preferred_username\": \"bo.ukendt\"}");

			stranger.waitForText(By.tagName("main"), "du står ikke i organisationsfilen");
			stranger.screenshot("refused");
			assertThat(stranger.pageText()).contains("Kontakt IT-support på 7070 7070");
			stranger.go(url("/oversigt"));
			stranger.waitForText(By.tagName("body"), "Mock OAuth2 Server Sign-in");
		}
	}

	@Test
	void scriptsCallTheApisWithTheProvidersBearerToken() {
		String token = provider.issueToken(ISSUER, "dorthe", "aarshjul", Map.of("preferred_username", "dorthe"))
			.serialize();
		assertThat(bearer("/api/overview?year=2092", token).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(bearer("/engine-rest/task", token).getStatusCode()).isEqualTo(HttpStatus.OK);

		String stranger = provider.issueToken(ISSUER, "bo", "aarshjul", Map.of("preferred_username", "bo.ukendt"))
			.serialize();
		assertThat(bearer("/api/overview", stranger).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		String forAnotherSystem = provider.issueToken(ISSUER, "dorthe", "lonsystem", Map.of("preferred_username", "dorthe"))
			.serialize();
		assertThat(bearer("/api/overview", forAnotherSystem).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(bearer("/engine-rest/task", forAnotherSystem).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(web.withBasicAuth("dorthe", "demo").getForEntity("/api/overview", String.class).getStatusCode())
			.as("no passwords of Årshjul's own in mode oidc").isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void nothingAnswersAnonymously() {
		TestRestTemplate anonymous = web.withRedirects(Redirects.DONT_FOLLOW);
		for (String path : List.of("/", "/oversigt", "/aarshjul/ny", "/fravaer", "/api/plans", "/api/overview",
				"/v3/api-docs", "/engine-rest/task", "/camunda/app/tasklist/default/",
				"/camunda/api/engine/engine/default/task", "/camunda/api/admin/auth/user/default", "/actuator/info")) {
			ResponseEntity<String> answer = anonymous.getForEntity(path, String.class);
			boolean sentToTheProvider = answer.getStatusCode().value() == 302
					&& answer.getHeaders().getLocation().getPath().startsWith("/oauth2/authorization/");
			assertThat(sentToTheProvider || answer.getStatusCode().value() == 401 || answer.getStatusCode().value() == 403)
				.as("%s answered %s", path, answer.getStatusCode())
				.isTrue();
		}
	}

	private void signInAtTheProvider(Browser browser, String username, String claims) throws Exception {
		browser.waitForText(By.tagName("body"), "Mock OAuth2 Server Sign-in");
		browser.type(By.name("username"), username);
		browser.type(By.name("claims"), claims);
		browser.screenshot("identity-provider");
		browser.click(By.cssSelector("input[type='submit']"));
	}

	private ResponseEntity<String> bearer(String path, String token) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		return web.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static MockOAuth2Server started() {
		MockOAuth2Server server = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
		server.start();
		return server;
	}

}
