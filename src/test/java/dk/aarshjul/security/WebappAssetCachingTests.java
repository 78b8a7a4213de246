package dk.aarshjul.security;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPInputStream;

import dk.aarshjul.system.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening Tasklist again costs a 304 for each of its scripts instead of their download (deps.js
 * alone is almost 4 MB) and compilation, and the first visit gets them gzipped, while the webapps'
 * pages and API answers are still never stored nor compressed, and a stored script is still only for
 * a signed-in person.
 */
@H2Test
class WebappAssetCachingTests {

	private static final String SCRIPTS = "/camunda/lib/deps.js?bust=7.24.0";

	@Autowired
	TestRestTemplate web;

	@Test
	void aWebappScriptIsKeptByTheBrowserAndAskedForAgainWithItsDate() {
		SignedInBrowser browser = SignedInBrowser.signIn(web, "olivia", "demo");

		ResponseEntity<String> first = browser.exchange(HttpMethod.GET, SCRIPTS, null, null, MediaType.ALL);
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(first.getHeaders().getCacheControl()).isEqualTo("private, no-cache");
		String lastModified = first.getHeaders().getFirst(HttpHeaders.LAST_MODIFIED);
		assertThat(lastModified).isNotBlank();

		ResponseEntity<String> again = browser.getIfModifiedSince(SCRIPTS, lastModified);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
		assertThat(again.getBody()).isNull();
	}

	@Test
	void scriptsGoOutCompressedAndPagesAndApiAnswersDoNot() throws Exception {
		SignedInBrowser browser = SignedInBrowser.signIn(web, "olivia", "demo");
		// the JDK's client, which does not unpack gzip by itself and so shows what was sent
		HttpClient raw = HttpClient.newHttpClient();

		HttpResponse<byte[]> script = raw.send(gzipAccepted(browser, SCRIPTS), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).hasValue("gzip");
		byte[] unpacked = new GZIPInputStream(new ByteArrayInputStream(script.body())).readAllBytes();
		assertThat(script.body().length).isLessThan(unpacked.length / 2);

		for (String notCompressed : List.of("/camunda/app/tasklist/default/", "/oversigt",
				"/camunda/api/engine/engine/default/task?maxResults=50")) {
			HttpResponse<byte[]> answer = raw.send(gzipAccepted(browser, notCompressed),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(answer.statusCode()).as(notCompressed).isEqualTo(200);
			assertThat(answer.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).as(notCompressed).isEmpty();
		}
	}

	private HttpRequest gzipAccepted(SignedInBrowser browser, String path) {
		return HttpRequest.newBuilder(URI.create(web.getRootUri() + path))
			.header(HttpHeaders.COOKIE, "JSESSIONID=" + browser.session)
			.header(HttpHeaders.ACCEPT_ENCODING, "gzip")
			.build();
	}

	@Test
	void theWebappsPagesAndApiAnswersAreNeverStored() {
		SignedInBrowser browser = SignedInBrowser.signIn(web, "olivia", "demo");

		assertThat(browser.exchange(HttpMethod.GET, "/camunda/app/tasklist/default/", null, null, MediaType.TEXT_HTML)
			.getHeaders()
			.getCacheControl()).contains("no-store");
		assertThat(browser.webappApi(HttpMethod.GET, "/camunda/api/admin/auth/user/default", null, null)
			.getHeaders()
			.getCacheControl()).contains("no-store");
		assertThat(browser.webappApi(HttpMethod.GET, "/camunda/api/engine/engine/default/task/count", null, null)
			.getHeaders()
			.getCacheControl()).contains("no-store");
	}

	@Test
	void aWebappScriptIsNotGivenToSomeoneWhoHasNotSignedIn() {
		ResponseEntity<String> anonymous = web.withRedirects(Redirects.DONT_FOLLOW).getForEntity(SCRIPTS, String.class);

		assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(anonymous.getHeaders().getLocation()).hasPath("/login");
		assertThat(anonymous.getHeaders().getCacheControl()).contains("no-store");
	}

}
