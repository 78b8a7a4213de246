package dk.aarshjul.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import dk.aarshjul.organisation.CamundaGroups;
import dk.aarshjul.system.ProductionTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda's "create the first administrator" setup is no door into a production Årshjul: neither
 * its page nor its API answers an anonymous caller — not even while camunda-admin has no member,
 * which is when Camunda itself would offer the setup to anyone who asks. The caller is a plain
 * HTTP client, as an attacker's would be: no cookies but those it is handed, no redirects followed.
 */
@ProductionTest
class SetupDoorTests {

	private static final String INTRUDER = "indtraenger";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anAnonymousCallerCannotMakeThemselvesAdministrator() throws Exception {
		// as on a fresh production database before Årshjul made its administrator
		identity.deleteMembership("admin", CamundaGroups.ADMINISTRATORS);
		try {
			assertThat(administrators()).as("Camunda would offer its setup now").isZero();

			for (String page : List.of("/camunda/app/admin/default/setup/", "/camunda/app/tasklist/default/setup/",
					"/camunda/app/cockpit/default/setup/", "/camunda/app/welcome/default/setup/")) {
				assertThat(send(HttpRequest.newBuilder(address(page))).statusCode()).as(page).isEqualTo(404);
			}

			// the session and XSRF token Camunda's webapps hand out with a page, sent back as their scripts
			// do — if there are any: the webapps send an anonymous visitor to Årshjul's sign-in instead
			HttpResponse<String> tasklist = send(HttpRequest.newBuilder(address("/camunda/app/tasklist/default/")));
			List<String> cookies = tasklist.headers()
				.allValues("Set-Cookie")
				.stream()
				.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
				.toList();
			String token = cookies.stream()
				.filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
				.findFirst()
				.orElse("XSRF-TOKEN=none")
				.substring("XSRF-TOKEN=".length());
			String newAdministrator = """
					{ "profile": { "id": "%s", "firstName": "Ind", "lastName": "Trænger", "email": "x@example.dk" },
					  "credentials": { "password": "Overtag-4lt" } }
					""".formatted(INTRUDER);
			HttpResponse<String> answer = send(HttpRequest.newBuilder(address("/camunda/api/admin/setup/default/user/create"))
				.header("Cookie", String.join("; ", cookies) + (cookies.isEmpty() ? "x=y" : ""))
				.header("X-XSRF-TOKEN", token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(newAdministrator)));
			assertThat(answer.statusCode()).as("the setup API").isEqualTo(404);

			assertThat(identity.createUserQuery().userId(INTRUDER).count()).as("no user was created").isZero();
			assertThat(administrators()).isZero();
		}
		finally {
			identity.createMembership("admin", CamundaGroups.ADMINISTRATORS);
		}
	}

	private long administrators() {
		return identity.createUserQuery().memberOfGroup(CamundaGroups.ADMINISTRATORS).count();
	}

	private URI address(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
