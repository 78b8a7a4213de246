package dk.aarshjul.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's APIs take any variable a person sends and store it on the instance: a body of
 * megabytes, or Json nested a hundred levels deep, is refused in Danish before the engine sees it,
 * on the engine REST API and behind Tasklist alike, and the task is as it was — open, with no
 * variable of the refused request. Run on H2 and on PostgreSQL.
 */
abstract class EngineInputLimitsTests {

	private static final String PLAN = "GRAENSE-PROEVE";

	/** No other test uses this year on this plan. */
	private static final int YEAR = 2047;

	private static final String KEY = PLAN + "-" + YEAR;

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate web;

	@Autowired
	CycleDriver cycle;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	StrategyPlanRepository plans;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	private Task draft;

	private java.util.Map<String, Object> variablesBefore;

	@BeforeEach
	void aDraftTaskOfItsOwn() {
		if (plans.findByCodeAndYear(PLAN, YEAR).isEmpty()) {
			PlanDocument demo = transfer.export(plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId());
			transfer.importDocument(new PlanDocument(PLAN, demo.municipality(), demo.title() + " " + PLAN,
					demo.introduction(), YEAR, demo.kind(), demo.periodFrom(), demo.periodTo(), demo.focusAreas()));
			cycle.start("olivia", CycleDriver.calendar(PLAN, YEAR));
		}
		draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, KEY);
		variablesBefore = runtime.getVariables(draft.getExecutionId());
	}

	@Test
	void aTenMegabyteJsonVariableIsRefusedInDanish() throws Exception {
		String rows = "[{\"title\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}]";

		HttpResponse<String> answer = submitForm(jsonVariable("draftPlan", rows));

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("Forespørgslen er for stor; den må højst fylde 1024 kB.");
		assertNothingStored();
	}

	@Test
	void jsonNestedAHundredLevelsDeepIsRefusedInDanish() throws Exception {
		String deep = "[".repeat(100) + "]".repeat(100);

		HttpResponse<String> answer = submitForm(jsonVariable("draftPlan", deep));

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("indlejret i mere end 20 niveauer. Intet er gemt.")
			.doesNotContain("ENGINE-", "Exception:");
		assertNothingStored();
	}

	@Test
	void behindTasklistTheSameLimitsHold() {
		SignedInBrowser karen = SignedInBrowser.signIn(web, "karen", "demo");
		String deep = "{\"a\":".repeat(100) + "1" + "}".repeat(100);

		ResponseEntity<String> answer = karen.webappApi(HttpMethod.POST,
				"/camunda/api/engine/engine/default/task/" + draft.getId() + "/submit-form",
				jsonVariable("draftPlan", deep), karen.webappToken);

		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(answer.getBody()).contains("indlejret i mere end 20 niveauer");
		assertNothingStored();
		ResponseEntity<String> deepBody = karen.webappApi(HttpMethod.POST, "/camunda/api/engine/engine/default/task",
				"{\"a\":".repeat(100) + "1" + "}".repeat(100), karen.webappToken);
		assertThat(deepBody.getStatusCode().value()).as("the body itself nested too deep").isEqualTo(400);
	}

	/** A Json body within the limits still reaches the engine whole. */
	@Test
	void anOrdinaryJsonBodyStillReachesTheEngine() throws Exception {
		HttpResponse<String> answer = post("/engine-rest/task",
				"{\"processInstanceBusinessKeyLike\": \"" + KEY + "%\", \"taskDefinitionKey\": \""
						+ DraftingProcess.USER_TASK_DRAFT_PLAN + "\"}");

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(answer.body()).contains(draft.getId());
	}

	private void assertNothingStored() {
		assertThat(tasks.createTaskQuery().taskId(draft.getId()).count()).as("the task is still open").isEqualTo(1);
		assertThat(runtime.getVariables(draft.getExecutionId())).as("no variable stored or changed")
			.isEqualTo(variablesBefore);
	}

	private HttpResponse<String> submitForm(String body) throws Exception {
		return post("/engine-rest/task/" + draft.getId() + "/submit-form", body);
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("karen:demo".getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String jsonVariable(String name, String json) {
		return "{\"variables\": {\"" + name + "\": {\"type\": \"Json\", \"value\": \"" + json.replace("\"", "\\\"")
				+ "\"}}}";
	}

}
