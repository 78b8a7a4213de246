package dk.aarshjul.tasklist;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.approval.PoliticalApprovalProcess;
import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.system.H2Test;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
 * What Tasklist's own REST API ({@code /camunda/api/engine/…}, which the Tasklist page calls) answers
 * when Årshjul refuses a form or the task is gone: the Danish text the engine REST API answers, alone
 * — not Camunda's "Cannot submit task form" with the task's id in front of it — and nothing saved.
 */
@H2Test
class TasklistAnswersTests {

	/** A year no other test uses. */
	private static final int YEAR = 2011;

	private static final String KEY = "DEMO-STRATEGI-" + YEAR;

	private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

	private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	TestRestTemplate web;

	@Autowired
	CycleDriver cycle;

	@Autowired
	TaskService tasks;

	@Autowired
	ObjectMapper json;

	@Test
	void refusalsAndConflictsAreTheDanishTextAloneWithoutTheTasksId() throws Exception {
		cycle.start("olivia", CycleDriver.calendar("DEMO-STRATEGI", YEAR));
		Task draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, KEY);
		HttpHeaders karen = tasklistSession("karen");
		assertThat(post(karen, "/task/" + draft.getId() + "/claim", Map.of("userId", "karen")).getStatusCode().value())
			.isEqualTo(204);

		Map<String, Object> untitled = Map.of("draftPlan", Map.of("type", "Json", "value",
				json.writeValueAsString(List.of(CycleDriver.draftArea("", "", List.of(CycleDriver.draftGoal(
						"Færre sygedage", "", "", "")))))));
		ResponseEntity<String> refused = post(karen, "/task/" + draft.getId() + "/submit-form",
				Map.of("variables", untitled));

		assertDanishAlone(refused, 400, draft, "Indsatsområde 1: Titel skal udfyldes.");
		assertThat(tasks.createTaskQuery().taskId(draft.getId()).count()).as("the draft is still open").isOne();
		assertThat(cycle.rowsOf(draft, "draft")).extracting(row -> row.get("title"))
			.as("the draft as it was").doesNotContain("");

		// the draft, as it was, goes on to the consultation (karen holds it: she claimed it above)
		cycle.complete("karen", draft, Map.of());
		cycle.complete("anders", DraftingProcess.USER_TASK_COMMENT_DRAFT, KEY,
				DraftingProcess.Variables.MANAGEMENT_COMMENT.with("Fint."));
		cycle.complete("karen", DraftingProcess.USER_TASK_MARK_DRAFT_READY, KEY, DraftingProcess.Variables.READY.with(true));
		cycle.complete("rikke", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, KEY,
				MedConsultationProcess.Variables.STATEMENT.with("Ingen bemærkninger."));
		cycle.complete("karen", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, KEY,
				MedConsultationProcess.Variables.STATEMENT_ANSWER.with("Taget til efterretning."));
		Task decision = cycle.taskFor("svend", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, KEY);
		HttpHeaders svend = tasklistSession("svend");
		assertThat(post(svend, "/task/" + decision.getId() + "/claim", Map.of("userId", "svend")).getStatusCode().value())
			.isEqualTo(204);
		ResponseEntity<String> noReason = post(svend, "/task/" + decision.getId() + "/submit-form",
				Map.of("variables", Map.of("decision", Map.of("value", "SENT_BACK"), "reasoning", Map.of("value", ""))));

		assertDanishAlone(noReason, 400, decision,
				"Skriv en begrundelse, når planen godkendes med ændringer eller sendes tilbage.");
		assertThat(tasks.createTaskQuery().taskId(decision.getId()).count()).as("the decision is still open").isOne();

		ResponseEntity<String> approved = post(svend, "/task/" + decision.getId() + "/submit-form",
				Map.of("variables", Map.of("decision", Map.of("value", "APPROVED"), "reasoning", Map.of("value", ""))));
		assertThat(approved.getStatusCode().value()).as(approved.getBody()).isIn(200, 204);
		ResponseEntity<String> again = post(svend, "/task/" + decision.getId() + "/submit-form",
				Map.of("variables", Map.of("decision", Map.of("value", "APPROVED"))));

		assertDanishAlone(again, 409, decision, "Opgaven blev løst af dig den ");
	}

	@Test
	void theFourEyesRefusalIsTheDanishTextAlone() throws Exception {
		String key = "DEMO-STRATEGI-2016";
		cycle.start("olivia", CycleDriver.calendar("DEMO-STRATEGI", 2016));
		cycle.draftReady(key);
		cycle.complete("karen", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key,
				MedConsultationProcess.Variables.STATEMENT.with("Hovedudvalget bakker op."));
		Task answer = cycle.taskFor("mikkel", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, key);

		ResponseEntity<String> refused = post(tasklistSession("karen"), "/task/" + answer.getId() + "/submit-form",
				Map.of("variables", Map.of("statementAnswer", Map.of("value", "Tak."))));

		assertDanishAlone(refused, 403, answer, "Du har selv afgivet Hovedudvalgets høringssvar");
		assertThat(tasks.createTaskQuery().taskId(answer.getId()).count()).as("still open").isOne();
	}

	private void assertDanishAlone(ResponseEntity<String> answer, int status, Task task, String text) throws Exception {
		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
		JsonNode body = json.readTree(answer.getBody());
		assertThat(body.path("message").asText()).as(answer.getBody()).startsWith(text);
		assertThat(answer.getBody()).doesNotContain("Cannot submit task form", "Cannot", task.getId());
	}

	private ResponseEntity<String> post(HttpHeaders session, String path, Object body) {
		return web.exchange("/camunda/api/engine/engine/default" + path, HttpMethod.POST,
				new HttpEntity<>(body, session), String.class);
	}

	/** Signed in as the user through Årshjul's sign-in page, with the XSRF token Tasklist sends along. */
	private HttpHeaders tasklistSession(String user) {
		TestRestTemplate browser = web.withRedirects(Redirects.DONT_FOLLOW);
		ResponseEntity<String> login = browser.getForEntity("/login", String.class);
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + sessionOf(login));
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", "demo");
		Matcher token = CSRF_TOKEN.matcher(login.getBody());
		assertThat(token.find()).as("a CSRF token on the sign-in page").isTrue();
		form.add("_csrf", token.group(1));
		String session = sessionOf(browser.postForEntity("/login", new HttpEntity<>(form, headers), String.class));
		HttpHeaders page = new HttpHeaders();
		page.add(HttpHeaders.COOKIE, "JSESSIONID=" + session);
		ResponseEntity<String> tasklist = web.exchange("/camunda/app/tasklist/default/", HttpMethod.GET,
				new HttpEntity<>(page), String.class);
		String xsrf = tasklist.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
			.filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
			.map(cookie -> cookie.substring("XSRF-TOKEN=".length(), cookie.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no XSRF token from Tasklist: " + tasklist.getHeaders()));
		HttpHeaders api = new HttpHeaders();
		api.add(HttpHeaders.COOKIE, "JSESSIONID=" + session + "; XSRF-TOKEN=" + xsrf);
		api.add("X-XSRF-TOKEN", xsrf);
		api.setContentType(MediaType.APPLICATION_JSON);
		api.setAccept(List.of(MediaType.APPLICATION_JSON));
		return api;
	}

	private static String sessionOf(ResponseEntity<String> response) {
		String cookies = String.join(";", response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE));
		Matcher matcher = SESSION_COOKIE.matcher(cookies);
		assertThat(matcher.find()).as("a session cookie in %s", cookies).isTrue();
		return matcher.group(1);
	}

}
