package dk.aarshjul.security;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.organisation.OrganisationLoader;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody gets an expression evaluated on the server through a query. A person owns their Tasklist
 * filters; with expressions on, a filter asking for business keys like
 * {@code ${environment.getProperty('aarshjul.admin.password')=='demo' ? 'DEMO-STRATEGI%' : 'NOMATCH'}}
 * told by its count whether the guess was right, and {@code ''.getClass().forName(...)} reached
 * any class. The engine now refuses an expression in a stored filter and in a query, on
 * {@code /engine-rest} and on the webapps' own API alike: the answer is the same refusal whatever
 * the expression would have said, nothing is saved, and the expression never runs (the probe, a
 * system property the expression would set, stays unset).
 */
abstract class UserExpressionsTests {

	private static final String GUESS_RIGHT = "${environment.getProperty('aarshjul.admin.password')=='demo' ? 'DEMO-STRATEGI%' : 'NOMATCH'}";

	private static final String GUESS_WRONG = "${environment.getProperty('aarshjul.admin.password')!='demo' ? 'DEMO-STRATEGI%' : 'NOMATCH'}";

	private static final String PROBE_PROPERTY = "aarshjul.expression.probe";

	/** Sets a system property if it is ever evaluated: proof that it ran. */
	private static final String PROBE = "${systemProperties.setProperty('" + PROBE_PROPERTY + "', 'ran') == null ? 'x' : 'y'}";

	private static final String CLASS_LOOKUP = "${''.getClass().forName('java.lang.Runtime').getName()}";

	private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

	private static final Pattern XSRF_COOKIE = Pattern.compile("XSRF-TOKEN=([^;]+)");

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

	@Autowired
	TestRestTemplate web;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TaskService tasks;

	@Autowired
	ProcessEngineConfigurationImpl engine;

	@Autowired
	ObjectMapper json;

	@Autowired
	FilterService filterService;

	@Autowired
	IdentityService identity;

	@Autowired
	OrganisationLoader loader;

	@BeforeEach
	@AfterEach
	void probeUnset() {
		System.clearProperty(PROBE_PROPERTY);
	}

	@Test
	void theEngineRestApiRefusesFiltersAndQueriesWithExpressions() throws Exception {
		String user = "hanne";
		TestRestTemplate rest = web.withBasicAuth(user, "demo");
		List<Map<String, Object>> filtersBefore = filtersOf(user);
		String mine = filterId(user, "Mine opgaver");

		assertRefusedAlike(
				rest.exchange("/engine-rest/filter/create", HttpMethod.POST,
						body(filter(user, "Gæt", Map.of("processInstanceBusinessKeyLikeExpression", GUESS_RIGHT))),
						String.class),
				rest.exchange("/engine-rest/filter/create", HttpMethod.POST,
						body(filter(user, "Gæt", Map.of("processInstanceBusinessKeyLikeExpression", GUESS_WRONG))),
						String.class));
		assertRefusedAlike(
				rest.exchange("/engine-rest/filter/" + mine, HttpMethod.PUT,
						body(filter(user, "Mine opgaver", Map.of("processInstanceBusinessKeyLikeExpression", GUESS_RIGHT))),
						String.class),
				rest.exchange("/engine-rest/filter/" + mine, HttpMethod.PUT,
						body(filter(user, "Mine opgaver", Map.of("processInstanceBusinessKeyLikeExpression", GUESS_WRONG))),
						String.class));
		assertRefused(rest.exchange("/engine-rest/filter/" + mine, HttpMethod.PUT,
				body(filter(user, "Mine opgaver", Map.of("candidateGroupExpression", CLASS_LOOKUP))), String.class));
		assertRefused(rest.exchange("/engine-rest/filter/" + mine, HttpMethod.PUT,
				body(filter(user, "Mine opgaver", Map.of("assigneeExpression", PROBE))), String.class));

		// an expression in the query that extends a filter, and in a query of its own
		assertRefusedAlike(
				rest.exchange("/engine-rest/filter/" + mine + "/count", HttpMethod.POST,
						body(Map.of("processInstanceBusinessKeyLikeExpression", GUESS_RIGHT)), String.class),
				rest.exchange("/engine-rest/filter/" + mine + "/count", HttpMethod.POST,
						body(Map.of("processInstanceBusinessKeyLikeExpression", GUESS_WRONG)), String.class));
		assertRefusedAlike(
				rest.exchange("/engine-rest/task/count", HttpMethod.POST,
						body(Map.of("processInstanceBusinessKeyLikeExpression", GUESS_RIGHT)), String.class),
				rest.exchange("/engine-rest/task/count", HttpMethod.POST,
						body(Map.of("processInstanceBusinessKeyLikeExpression", GUESS_WRONG)), String.class));
		assertRefused(rest.exchange("/engine-rest/task?assigneeExpression={probe}", HttpMethod.GET, body(null), String.class,
				PROBE));
		// Camunda 7.24 evaluates an or-query's expressions whatever the engine's switches say
		ResponseEntity<String> orQuery = rest.exchange("/engine-rest/task", HttpMethod.POST,
				body(Map.of("orQueries", List.of(Map.of("candidateUserExpression", PROBE)))), String.class);
		assertThat(System.getProperty(PROBE_PROPERTY)).as("the expression in an or-query never ran").isNull();
		assertRefused(orQuery);
		assertRefused(rest.exchange("/engine-rest/engine/default/filter/" + mine + "/list", HttpMethod.POST,
				body(Map.of("orQueries", List.of(Map.of("assigneeExpression", PROBE)))), String.class));
		assertRefused(rest.exchange("/engine-rest/filter/" + mine, HttpMethod.PUT,
				body(filter(user, "Mine opgaver", Map.of("orQueries", List.of(Map.of("assigneeExpression", PROBE))))),
				String.class));

		assertThat(filtersOf(user)).as("no filter saved or changed").isEqualTo(filtersBefore);
		assertThat(System.getProperty(PROBE_PROPERTY)).as("the expression never ran").isNull();
		assertThat(rest.exchange("/engine-rest/filter/" + mine + "/count", HttpMethod.GET, body(null), String.class)
			.getStatusCode()).as("her own filter still works").isEqualTo(HttpStatus.OK);
	}

	@Test
	void theWebappsApiRefusesFiltersAndQueriesWithExpressions() {
		String user = "lene";
		Webapps tasklist = signInToTasklist(user);
		List<Map<String, Object>> filtersBefore = filtersOf(user);
		String mine = filterId(user, "Mine opgaver");

		assertRefused(tasklist.call(HttpMethod.POST, "/filter/create",
				filter(user, "Gæt", Map.of("processInstanceBusinessKeyLikeExpression", GUESS_RIGHT))));
		assertRefused(tasklist.call(HttpMethod.POST, "/filter/" + mine + "/count",
				Map.of("orQueries", List.of(Map.of("assigneeExpression", PROBE)))));
		assertRefusedAlike(
				tasklist.call(HttpMethod.PUT, "/filter/" + mine,
						filter(user, "Mine opgaver", Map.of("processInstanceBusinessKeyLikeExpression", GUESS_RIGHT))),
				tasklist.call(HttpMethod.PUT, "/filter/" + mine,
						filter(user, "Mine opgaver", Map.of("processInstanceBusinessKeyLikeExpression", GUESS_WRONG))));
		assertRefused(tasklist.call(HttpMethod.PUT, "/filter/" + mine,
				filter(user, "Mine opgaver", Map.of("assigneeExpression", PROBE))));
		assertRefusedAlike(
				tasklist.call(HttpMethod.POST, "/filter/" + mine + "/list?firstResult=0&maxResults=15",
						Map.of("processInstanceBusinessKeyLikeExpression", GUESS_RIGHT)),
				tasklist.call(HttpMethod.POST, "/filter/" + mine + "/list?firstResult=0&maxResults=15",
						Map.of("processInstanceBusinessKeyLikeExpression", GUESS_WRONG)));
		assertRefusedAlike(
				tasklist.call(HttpMethod.POST, "/task/count", Map.of("processInstanceBusinessKeyLikeExpression", GUESS_RIGHT)),
				tasklist.call(HttpMethod.POST, "/task/count", Map.of("processInstanceBusinessKeyLikeExpression", GUESS_WRONG)));
		assertRefused(tasklist.call(HttpMethod.POST, "/task", Map.of("candidateGroupExpression", PROBE)));

		assertThat(filtersOf(user)).as("no filter saved or changed").isEqualTo(filtersBefore);
		assertThat(System.getProperty(PROBE_PROPERTY)).as("the expression never ran").isNull();
		assertThat(tasklist.call(HttpMethod.POST, "/filter/" + mine + "/list?firstResult=0&maxResults=15", Map.of())
			.getStatusCode()).as("Tasklist lists her own filter as before").isEqualTo(HttpStatus.OK);
	}

	/**
	 * A person's own filter saved before 1.1 may hold expressions, also in its or-queries, which the
	 * engine's switches do not reach: the next organisation load (every start) takes them out.
	 */
	@Test
	void expressionsInAPersonsOwnStoredFilterAreTakenOutAtTheNextLoad() {
		Filter own = filterService.newTaskFilter("Egne").setOwner("jonas");
		own.setQuery(tasks.createTaskQuery().taskAssigneeLike("%"));
		filterService.saveFilter(own);
		String planted = "{\"assigneeLike\":\"%\",\"orQueries\":[{\"candidateUserExpression\":\"" + PROBE + "\"}]}";
		jdbc.update("update ACT_RU_FILTER set QUERY_ = ? where ID_ = ?", planted, own.getId());
		try {
			loader.load(new ClassPathResource("organisation/demo-kommune.yml"));

			TaskQueryImpl rewritten = filterService.getFilter(own.getId()).getQuery();
			assertThat(rewritten.getQueries()).allSatisfy(or -> assertThat(or.getExpressions()).isEmpty());
			identity.setAuthentication("jonas", List.of());
			try {
				filterService.count(own.getId());
			}
			finally {
				identity.clearAuthentication();
			}
			assertThat(System.getProperty(PROBE_PROPERTY)).as("the expression never ran").isNull();
		}
		finally {
			filterService.deleteFilter(own.getId());
		}
	}

	/** The probe is a real one: where the engine evaluates expressions, it runs. */
	@Test
	void theProbeRunsWhereTheEngineEvaluatesExpressions() {
		engine.setEnableExpressionsInAdhocQueries(true);
		try {
			tasks.createTaskQuery().taskAssigneeExpression(PROBE).count();
		}
		finally {
			engine.setEnableExpressionsInAdhocQueries(false);
		}
		assertThat(System.getProperty(PROBE_PROPERTY)).isEqualTo("ran");
	}

	private static void assertRefused(ResponseEntity<String> answer) {
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody()).contains("Filtre og søgninger må ikke indeholde udtryk");
	}

	/** Refused, and the same answer whichever way the expression would have come out. */
	private static void assertRefusedAlike(ResponseEntity<String> right, ResponseEntity<String> wrong) {
		assertRefused(right);
		assertThat(wrong.getStatusCode()).isEqualTo(right.getStatusCode());
		assertThat(wrong.getBody()).isEqualTo(right.getBody());
	}

	private static Map<String, Object> filter(String owner, String name, Map<String, Object> query) {
		return Map.of("resourceType", "Task", "name", name, "owner", owner, "query", query);
	}

	private HttpEntity<String> body(Object body) throws RuntimeException {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		try {
			return new HttpEntity<>(body == null ? null : json.writeValueAsString(body), headers);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<Map<String, Object>> filtersOf(String owner) {
		return jdbc.queryForList("select ID_, REV_, NAME_, QUERY_, PROPERTIES_ from ACT_RU_FILTER where OWNER_ = ? order by ID_",
				owner);
	}

	private String filterId(String owner, String name) {
		return jdbc.queryForObject("select ID_ from ACT_RU_FILTER where OWNER_ = ? and NAME_ = ?", String.class, owner,
				name);
	}

	/** A session signed in on Årshjul's login form, with the token the webapps' API wants on every change. */
	private record Webapps(TestRestTemplate http, String session, String xsrf, ObjectMapper json) {

		ResponseEntity<String> call(HttpMethod method, String path, Object body) {
			HttpHeaders headers = new HttpHeaders();
			headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + session + "; XSRF-TOKEN=" + xsrf);
			headers.add("X-XSRF-TOKEN", xsrf);
			headers.setContentType(MediaType.APPLICATION_JSON);
			headers.setAccept(List.of(MediaType.APPLICATION_JSON));
			try {
				return http.exchange(WEBAPP_ENGINE + path, method, new HttpEntity<>(json.writeValueAsString(body), headers),
						String.class);
			}
			catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	private Webapps signInToTasklist(String user) {
		TestRestTemplate http = web.withRedirects(Redirects.DONT_FOLLOW);
		ResponseEntity<String> login = http.getForEntity("/login", String.class);
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + cookie(SESSION_COOKIE, login));
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", "demo");
		Matcher csrf = CSRF_FIELD.matcher(login.getBody());
		assertThat(csrf.find()).isTrue();
		form.add("_csrf", csrf.group(1));
		ResponseEntity<String> signedIn = http.postForEntity("/login", new HttpEntity<>(form, headers), String.class);
		String session = cookie(SESSION_COOKIE, signedIn);

		HttpHeaders page = new HttpHeaders();
		page.add(HttpHeaders.COOKIE, "JSESSIONID=" + session);
		page.setAccept(List.of(MediaType.TEXT_HTML));
		ResponseEntity<String> tasklist = http.exchange("/camunda/app/tasklist/default/", HttpMethod.GET,
				new HttpEntity<>(page), String.class);
		assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
		return new Webapps(http, session, cookie(XSRF_COOKIE, tasklist), json);
	}

	private static String cookie(Pattern cookie, ResponseEntity<String> response) {
		String cookies = String.join(";", response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE));
		Matcher matcher = cookie.matcher(cookies);
		assertThat(matcher.find()).as("%s in %s", cookie, cookies).isTrue();
		return matcher.group(1);
	}

}
