package dk.aarshjul.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.system.AppProcess;
import dk.aarshjul.system.PostgresTest;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
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
 * Two Årshjul applications on one PostgreSQL database, each on its own port, as behind a load
 * balancer that sends each request wherever it likes: the second node runs in a JVM of its own
 * (as in production; the webapps keep JVM-wide state). A person signs in on the first node and
 * goes on on the second without signing in again: Tasklist knows her there, she completes a task
 * through its API with the webapps' token from the first node, posts an Årshjul form whose CSRF
 * token the first node wrote, and signs out on the second — which signs her out on the first.
 */
@PostgresTest
class TwoNodesOneSignInTests {

	private static final int YEAR = 2088;

	private static final String PLAN = "TO-NODER-LOGIN";

	private static final String UNIT = "job";

	private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

	private static final Pattern XSRF_COOKIE = Pattern.compile("XSRF-TOKEN=([^;]+)");

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static AppProcess secondNode;

	@Autowired
	TestRestTemplate web;

	@Autowired
	Environment environment;

	@Autowired
	CycleDriver cycle;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	StrategyPlanRepository plans;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate database;

	@LocalServerPort
	int port;

	@BeforeEach
	void startTheSecondNode() throws Exception {
		if (secondNode == null) {
			// production's configuration, on the test's database; the test drives the jobs itself
			secondNode = AppProcess.start("second-node-sign-in",
					List.of("spring.profiles.active=demo,postgres",
							"spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
							"spring.datasource.username=postgres", "spring.datasource.password=",
							"camunda.bpm.job-execution.enabled=false", "aarshjul.node.id=second-node"));
		}
	}

	@AfterAll
	static void stopTheSecondNode() throws Exception {
		if (secondNode != null) {
			secondNode.close();
			secondNode = null;
		}
	}

	@Test
	void signedInOnOneNodeSheWorksOnTheOtherAndSigningOutThereEndsItOnBoth() {
		Task review = unitPlanToReview();
		URI first = URI.create("http://localhost:" + port);
		URI second = secondNode.uri("");
		Browser karen = Browser.signIn(web.withRedirects(Redirects.DONT_FOLLOW), first, "karen", "demo");
		assertThat(database.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
				karen.sessionId())).as("the session is in the shared database").isEqualTo(1);

		// the webapps' token, handed out by the first node with a Tasklist page
		ResponseEntity<String> tasklistOnFirst = karen.get(first, "/camunda/app/tasklist/default/", MediaType.TEXT_HTML);
		assertThat(tasklistOnFirst.getStatusCode()).isEqualTo(HttpStatus.OK);
		String webappToken = cookie(tasklistOnFirst, XSRF_COOKIE);

		// Tasklist on the second node: no second sign-in
		assertThat(karen.get(second, "/camunda/app/tasklist/default/", MediaType.TEXT_HTML).getStatusCode())
			.as("Tasklist on the second node").isEqualTo(HttpStatus.OK);
		assertThat(karen.get(second, "/camunda/api/admin/auth/user/default", MediaType.APPLICATION_JSON).getBody())
			.as("the second node's webapps know who signed in").contains("\"userId\":\"karen\"");
		ResponseEntity<String> list = karen.get(second, "/camunda/api/engine/engine/default/task?taskDefinitionKey="
				+ UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN + "&processInstanceBusinessKey=" + businessKey(),
				MediaType.APPLICATION_JSON);
		assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(list.getBody()).as("her task, in the second node's Tasklist").contains(review.getId());

		String approve = "{\"variables\": {\"unitPlanApproved\": {\"value\": true, \"type\": \"Boolean\"}}}";
		String completion = "/camunda/api/engine/engine/default/task/" + review.getId() + "/submit-form";
		assertThat(karen.send(second, completion, approve, null).getStatusCode())
			.as("without the webapps' token").isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("the task is still open").isOne();
		ResponseEntity<String> completed = karen.send(second, completion, approve, webappToken);
		assertThat(completed.getStatusCode()).as("%s", completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("completed").isZero();
		assertThat(database.queryForList("select actor from audit_entry where business_key = ? and subject = ?"
				+ " and action = 'UNIT_PLAN_APPROVED'", String.class, PLAN + "-" + YEAR, UNIT))
			.containsExactly("karen");

		// an Årshjul form the first node wrote, posted to the second
		String formToken = field(karen.get(first, "/fravaer", MediaType.TEXT_HTML), CSRF_FIELD);
		ResponseEntity<String> forged = karen.postForm(second, "/fravaer", absence("gaettet"));
		assertThat(forged.getStatusCode()).as("a guessed token").isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(deputiesOfKaren()).as("nothing saved").isEmpty();
		ResponseEntity<String> saved = karen.postForm(second, "/fravaer", absence(formToken));
		assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(saved.getHeaders().getLocation()).hasPath("/fravaer");
		assertThat(deputiesOfKaren()).containsExactly("anders");

		// signing out on the second node
		MultiValueMap<String, String> logout = new LinkedMultiValueMap<>();
		logout.add("_csrf", field(karen.get(second, "/fravaer", MediaType.TEXT_HTML), CSRF_FIELD));
		ResponseEntity<String> signedOut = karen.postForm(second, "/logout", logout);
		assertThat(signedOut.getHeaders().getLocation()).hasPath("/login").hasQuery("logout");

		ResponseEntity<String> pageOnFirst = karen.get(first, "/oversigt", MediaType.TEXT_HTML);
		assertThat(pageOnFirst.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(pageOnFirst.getHeaders().getLocation()).as("signed out on the first node too").hasPath("/login");
		assertThat(karen.get(first, "/camunda/api/admin/auth/user/default", MediaType.APPLICATION_JSON).getStatusCode())
			.as("and in its webapps").isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(database.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
				karen.sessionId())).as("the session is gone from the database").isZero();
	}

	private MultiValueMap<String, String> absence(String token) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("deputyId", "anders");
		form.add("firstDay", YEAR + "-03-06");
		form.add("lastDay", YEAR + "-03-10");
		form.add("_csrf", token);
		return form;
	}

	private List<String> deputiesOfKaren() {
		return database.queryForList("select deputy_id from person_absence where person_id = 'karen'", String.class);
	}

	private static String businessKey() {
		return PLAN + "-" + YEAR + "-" + UNIT;
	}

	/** A cycle of its own, at the unit's plan written and waiting for Karen's review. */
	private Task unitPlanToReview() {
		if (plans.findByCodeAndYear(PLAN, YEAR).isEmpty()) {
			PlanDocument demo = transfer.export(plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId());
			transfer.importDocument(new PlanDocument(PLAN, demo.municipality(), demo.title() + " " + PLAN,
					demo.introduction(), YEAR, demo.kind(), demo.periodFrom(), demo.periodTo(), demo.focusAreas()));
		}
		cycle.untilTranslation(PLAN, PLAN + "-" + YEAR, YEAR, List.of(UNIT));
		String chief = cycle.chiefOf(UNIT);
		Task write = cycle.taskFor(chief, UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, businessKey());
		cycle.complete(chief, write, cycle.unitPlanOf(write, "Vi gør det konkret."));
		return cycle.taskFor("karen", UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, businessKey());
	}

	private static String cookie(ResponseEntity<String> response, Pattern cookie) {
		List<String> cookies = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
		Matcher matcher = cookie.matcher(String.join(";", cookies));
		assertThat(matcher.find()).as("%s in %s", cookie, cookies).isTrue();
		return matcher.group(1);
	}

	private static String field(ResponseEntity<String> page, Pattern field) {
		Matcher matcher = field.matcher(String.valueOf(page.getBody()));
		assertThat(matcher.find()).as("%s on the page", field).isTrue();
		return matcher.group(1);
	}

	/** One browser, one session cookie, whichever node it reaches; every redirect seen, not followed. */
	private record Browser(TestRestTemplate http, String session) {

		static Browser signIn(TestRestTemplate http, URI node, String user, String password) {
			ResponseEntity<String> login = http.getForEntity(node.resolve("/login"), String.class);
			HttpHeaders headers = new HttpHeaders();
			headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + cookie(login, SESSION_COOKIE));
			headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
			MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
			form.add("username", user);
			form.add("password", password);
			form.add("_csrf", field(login, CSRF_FIELD));
			ResponseEntity<String> signedIn = http.postForEntity(node.resolve("/login"), new HttpEntity<>(form, headers),
					String.class);
			assertThat(signedIn.getHeaders().getLocation()).as("signed in: everyone lands on their work").hasPath("/mine-opgaver").hasNoParameters();
			return new Browser(http, cookie(signedIn, SESSION_COOKIE));
		}

		/** Spring Session's cookie holds the session's id in Base64. */
		String sessionId() {
			return new String(Base64.getDecoder().decode(session), StandardCharsets.UTF_8);
		}

		ResponseEntity<String> get(URI node, String path, MediaType accept) {
			HttpHeaders headers = headers();
			headers.setAccept(List.of(accept));
			return http.exchange(node.resolve(path), HttpMethod.GET, new HttpEntity<>(headers), String.class);
		}

		/** As the webapps' scripts post: JSON, with their token in a header when given. */
		ResponseEntity<String> send(URI node, String path, String json, String webappToken) {
			HttpHeaders headers = headers();
			headers.setAccept(List.of(MediaType.APPLICATION_JSON));
			headers.setContentType(MediaType.APPLICATION_JSON);
			if (webappToken != null) {
				headers.add("X-XSRF-TOKEN", webappToken);
			}
			return http.exchange(node.resolve(path), HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
		}

		ResponseEntity<String> postForm(URI node, String path, MultiValueMap<String, String> form) {
			HttpHeaders headers = headers();
			headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
			headers.setAccept(List.of(MediaType.TEXT_HTML));
			return http.exchange(node.resolve(path), HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
		}

		private HttpHeaders headers() {
			HttpHeaders headers = new HttpHeaders();
			headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + session);
			return headers;
		}

	}

}
