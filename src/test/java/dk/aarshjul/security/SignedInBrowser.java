package dk.aarshjul.security;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's view over real HTTP: signs in on the login form, keeps the session cookie, opens a
 * webapp page to get the token Camunda's webapps send with their scripts' calls, and sees every
 * redirect instead of following it.
 */
final class SignedInBrowser {

	private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

	private static final Pattern XSRF_COOKIE = Pattern.compile("XSRF-TOKEN=([^;]+)");

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final TestRestTemplate http;

	/** The Set-Cookie headers of the sign-in answer and of the first webapp page. */
	final List<String> signInCookies;

	final List<String> webappCookies;

	final String session;

	final String webappToken;

	private SignedInBrowser(TestRestTemplate http, String session, List<String> signInCookies) {
		this.http = http;
		this.session = session;
		this.signInCookies = signInCookies;
		ResponseEntity<String> tasklist = exchange(HttpMethod.GET, "/camunda/app/tasklist/default/", null, null,
				MediaType.TEXT_HTML);
		this.webappCookies = tasklist.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
		Matcher token = XSRF_COOKIE.matcher(String.join(";", webappCookies));
		assertThat(token.find()).as("the webapps hand out their token with a page: %s", webappCookies).isTrue();
		this.webappToken = token.group(1);
	}

	static SignedInBrowser signIn(TestRestTemplate web, String user, String password) {
		TestRestTemplate http = web.withRedirects(Redirects.DONT_FOLLOW);
		ResponseEntity<String> login = http.getForEntity("/login", String.class);
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + sessionOf(login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)));
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		Matcher csrf = CSRF_FIELD.matcher(login.getBody());
		assertThat(csrf.find()).as("a CSRF token on the login page").isTrue();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", password);
		form.add("_csrf", csrf.group(1));
		ResponseEntity<String> signedIn = http.postForEntity("/login", new HttpEntity<>(form, headers), String.class);
		assertThat(signedIn.getHeaders().getLocation()).as("signed in").hasToString(http.getRootUri() + "/mine-opgaver");
		List<String> cookies = signedIn.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
		return new SignedInBrowser(http, sessionOf(cookies), cookies);
	}

	/** As the webapps' scripts call their API: the session cookie, and the token header if given. */
	ResponseEntity<String> webappApi(HttpMethod method, String path, String json, String token) {
		return exchange(method, path, json, token, MediaType.APPLICATION_JSON);
	}

	ResponseEntity<String> exchange(HttpMethod method, String path, String json, String token, MediaType accept) {
		return exchange(method, path, json, token, accept, new HttpHeaders());
	}

	/** A GET as a browser asks again for a file it keeps: with the Last-Modified it was given. */
	ResponseEntity<String> getIfModifiedSince(String path, String lastModified) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.IF_MODIFIED_SINCE, lastModified);
		return exchange(HttpMethod.GET, path, null, null, MediaType.ALL, headers);
	}

	private ResponseEntity<String> exchange(HttpMethod method, String path, String json, String token, MediaType accept,
			HttpHeaders headers) {
		headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + session);
		headers.setAccept(List.of(accept));
		if (json != null) {
			headers.setContentType(MediaType.APPLICATION_JSON);
		}
		if (token != null) {
			headers.add("X-XSRF-TOKEN", token);
		}
		return http.exchange(path, method, new HttpEntity<>(json, headers), String.class);
	}

	private static String sessionOf(List<String> setCookies) {
		Matcher matcher = SESSION_COOKIE.matcher(String.join(";", setCookies));
		assertThat(matcher.find()).as("a session cookie in %s", setCookies).isTrue();
		return matcher.group(1);
	}

}
