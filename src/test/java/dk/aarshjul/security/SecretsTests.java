package dk.aarshjul.security;

import java.util.List;

import dk.aarshjul.system.ProductionTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outside the demo profile: no default passwords, the administrator's password and the database
 * and mail credentials come from the environment, none of them is ever written to the log, and
 * no page says "demo".
 */
@ProductionTest
@ExtendWith(OutputCaptureExtension.class)
class SecretsTests {

	static final String ADMIN_PASSWORD = ProductionTest.ADMIN_PASSWORD;

	static final String DATABASE_PASSWORD = ProductionTest.DATABASE_PASSWORD;

	static final String MAIL_PASSWORD = ProductionTest.MAIL_PASSWORD;

	@Autowired
	TestRestTemplate web;

	@Test
	void credentialsComeFromTheEnvironmentAndNeverReachTheLog(CapturedOutput output) {
		assertThat(web.withBasicAuth("admin", ADMIN_PASSWORD).getForEntity("/api/plans", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(web.withBasicAuth("karen", "demo").getForEntity("/api/plans", String.class).getStatusCode())
			.as("no demo passwords outside the demo profile")
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(web.withBasicAuth("olivia", "").getForEntity("/api/plans", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(web.getForEntity("/login", String.class).getBody()).doesNotContain("demonstrationsinstallation");

		for (String secret : List.of(ADMIN_PASSWORD, DATABASE_PASSWORD, MAIL_PASSWORD)) {
			assertThat(output.getAll()).as("the log").doesNotContain(secret);
		}
	}

	/**
	 * A leader from the organisation file who has not been given a password yet tries every door:
	 * each says no (401), none breaks (500) on the missing password.
	 */
	@Test
	void aLeaderWithoutAPasswordIsRefusedEverywhere() {
		assertThat(web.withBasicAuth("karen", "gæt").getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		// the webapps' login form sends the CSRF token Camunda handed out with the page — if any: the
		// webapps now send an anonymous visitor to Årshjul's sign-in, and their own login is closed
		ResponseEntity<String> page = web.getForEntity("/camunda/app/tasklist/default/", String.class);
		List<String> cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
			.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
			.toList();
		String token = cookies.stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN=")).findFirst()
			.orElse("XSRF-TOKEN=none").substring("XSRF-TOKEN=".length());
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		if (!cookies.isEmpty()) {
			headers.add(HttpHeaders.COOKIE, String.join("; ", cookies));
		}
		headers.add("X-XSRF-TOKEN", token);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", "dorthe");
		form.add("password", "gæt");
		assertThat(web.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
				new HttpEntity<>(form, headers), String.class).getStatusCode())
			.as("Camunda's own login page")
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

}
