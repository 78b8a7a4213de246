package dk.aarshjul.security;

import java.util.List;

import dk.aarshjul.system.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cookies another site's page must not carry along (SameSite), and no address of Årshjul's
 * leaking to another site in a Referer, on every kind of answer.
 */
@H2Test
class SecurityHeadersTests {

	@Autowired
	TestRestTemplate web;

	@Test
	void theSessionAndTheWebappsTokenAreSameSiteCookies() {
		SignedInBrowser browser = SignedInBrowser.signIn(web, "olivia", "demo");

		assertThat(browser.signInCookies).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax").contains("HttpOnly"));
		assertThat(browser.webappCookies).filteredOn(cookie -> cookie.startsWith("XSRF-TOKEN="))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax"));
	}

	@Test
	void everyAnswerSaysSendNoRefererElsewhere() {
		SignedInBrowser browser = SignedInBrowser.signIn(web, "olivia", "demo");
		List<ResponseEntity<String>> answers = List.of(web.getForEntity("/login", String.class),
				web.getForEntity("/engine-rest/task", String.class),
				web.withBasicAuth("olivia", "demo").getForEntity("/api/plans", String.class),
				web.withBasicAuth("olivia", "demo").getForEntity("/engine-rest/task", String.class),
				web.getForEntity("/offentlig", String.class), web.getForEntity("/css/aarshjul.css", String.class),
				web.getForEntity("/findes-ikke", String.class),
				browser.exchange(HttpMethod.GET, "/camunda/app/tasklist/default/", null, null, MediaType.TEXT_HTML),
				browser.webappApi(HttpMethod.GET, "/camunda/api/admin/auth/user/default", null, null),
				browser.exchange(HttpMethod.GET, "/oversigt", null, null, MediaType.TEXT_HTML));
		assertThat(answers).allSatisfy(answer -> assertThat(answer.getHeaders().getFirst("Referrer-Policy"))
			.as("%s %s", answer.getStatusCode(), answer.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE))
			.isEqualTo("same-origin"));
	}

}
