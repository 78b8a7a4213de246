package dk.aarshjul.drafting;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanDocument.GoalDocument;
import dk.aarshjul.plan.PlanDocument.IndicatorDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.system.H2Test;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drafting task with a goal's indicators, as Tasklist submits it: the prepared rows come back
 * unchanged, a goal row from the form before indicators keeps them, a list replaces them, and
 * hostile rows are refused in Danish with nothing changed.
 */
@H2Test
class DraftIndicatorsTests {

	private static final int YEAR = 2059;

	/** What a refused draft must leave as it was: the plan, its indicators, and the open task. */
	private static final List<String> TABLES = List.of("strategy_plan", "focus_area", "goal", "indicator",
			"indicator_milestone", "ACT_RU_TASK", "ACT_RU_VARIABLE");

	@Autowired
	CycleDriver cycle;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	TaskService tasks;

	@Autowired
	TestRestTemplate web;

	@Autowired
	JdbcTemplate jdbc;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void hostileIndicatorsAreRefusedInDanishAndChangeNothing() throws Exception {
		Task draft = draftTaskOf("UDKAST-IND-FJENDTLIG");
		List<String> hostile = new ArrayList<>();
		StringBuilder many = new StringBuilder("[");
		for (int i = 0; i < 10_000; i++) {
			many.append(i > 0 ? "," : "").append("{\"name\":\"x\",\"unit\":\"COUNT\"}");
		}
		hostile.add(rows(many.append("]").toString()));
		hostile.add(rows("[{\"name\":\"Sygefravær\",\"unit\":\"PERCENT\",\"direction\":\"LOWER_IS_BETTER\","
				+ "\"targetValue\":{\"value\":5,\"more\":{\"deeper\":[1]}}}]"));
		hostile.add(rows("[{\"name\":\"" + "n".repeat(300_000) + "\",\"unit\":\"PERCENT\","
				+ "\"direction\":\"LOWER_IS_BETTER\",\"targetValue\":\"4\"}]"));
		List<String> danish = List.of("Indsatsområde 1, mål 1: Et mål kan højst have 5 indikatorer.",
				"Indsatsområde 1, mål 1, indikator 1: Målværdi kunne ikke læses.",
				"Indsatsområde 1, mål 1, indikator 1: Indikatorens navn må højst være 300 tegn.");
		PlanDocument planBefore = transfer.export(planId(draft));

		for (int i = 0; i < hostile.size(); i++) {
			Map<String, List<Map<String, Object>>> before = snapshot();
			ResponseEntity<String> answer = submit(draft, hostile.get(i));

			assertThat(answer.getStatusCode().value()).as(danish.get(i)).isBetween(400, 499);
			assertThat(answer.getBody()).contains(danish.get(i));
			assertThat(snapshot()).as("refused: %s", danish.get(i)).isEqualTo(before);
		}
		assertThat(transfer.export(planId(draft))).isEqualTo(planBefore);
		assertThat(indicatorsOf(draft).get(0)).extracting(IndicatorDocument::name).containsExactly("Sygefravær");
	}

	@Test
	void theRowsAsPreparedComeBackAsTheyWere() {
		Task draft = draftTaskOf("UDKAST-IND-SOM-FOER");
		PlanDocument before = transfer.export(planId(draft));

		cycle.complete("karen", draft, Map.of());

		assertThat(tasks.createTaskQuery().taskId(draft.getId()).count()).as("the draft was handed in").isZero();
		assertThat(transfer.export(planId(draft)).focusAreas()).isEqualTo(before.focusAreas());
	}

	@Test
	void aGoalRowWithoutIndicatorsKeepsThem() {
		Task draft = draftTaskOf("UDKAST-IND-UAENDRET");
		PlanDocument before = transfer.export(planId(draft));

		// as the form before indicators sends its rows: no indicators key on a goal
		cycle.complete("karen", draft, Map.of(PrepareDraftForm.DRAFT_PLAN, cycle.jsonOf(List.of(CycleDriver.draftArea(
				"Trivsel", "karen", List.of(CycleDriver.draftGoal("Mindre sygefravær", "Fravær", "Højst 5 %", ""),
						CycleDriver.draftGoal("Flere kurser", "", "", "")))))));

		assertThat(tasks.createTaskQuery().taskId(draft.getId()).count()).as("the draft was handed in").isZero();
		List<List<IndicatorDocument>> after = indicators(transfer.export(planId(draft)));
		assertThat(after.get(0)).as("kept as they were").isEqualTo(indicators(before).get(0));
		assertThat(after.get(1)).isNull();
	}

	@Test
	void anEmptyListRemovesAGoalsIndicators() {
		Task draft = draftTaskOf("UDKAST-IND-FJERNET");
		Map<String, Object> goal = CycleDriver.draftGoal("Mindre sygefravær", "Fravær", "Højst 5 %", "");
		goal.put("indicators", List.of());

		cycle.complete("karen", draft, Map.of(PrepareDraftForm.DRAFT_PLAN,
				cycle.jsonOf(List.of(CycleDriver.draftArea("Trivsel", "karen", List.of(goal))))));

		assertThat(indicators(transfer.export(planId(draft)))).containsExactly((List<IndicatorDocument>) null);
	}

	private Task draftTaskOf(String code) {
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "%s", "municipality": "Demo Kommune", "title": "Plan med indikatorer",
				  "year": %d, "kind": "ADMINISTRATIVE_STRATEGY", "periodFrom": "%d-01-01",
				  "focusAreas": [ { "title": "Trivsel", "responsibleDirector": "karen", "goals": [
				    { "description": "Mindre sygefravær", "measure": "Fravær", "target": "Højst 5 %%",
				      "indicators": [ { "name": "Sygefravær", "unit": "PERCENT", "direction": "LOWER_IS_BETTER",
				        "baselineValue": 6.5, "baselineDate": "%d-12-31", "targetValue": 5, "targetDate": "%d-12-31",
				        "reporter": "CENTRAL", "statbankTable": "FRAV1", "statbankSelection": "OMRÅDE=316",
				        "milestones": [ { "dueDate": "%d-06-30", "targetValue": 5.75 } ] } ] },
				    { "description": "Flere kurser" } ] } ] }
				""".formatted(code, YEAR, YEAR, YEAR - 1, YEAR, YEAR).getBytes(StandardCharsets.UTF_8)));
		cycle.start("olivia", CycleDriver.calendar(code, YEAR));
		return cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, code + "-" + YEAR);
	}

	/** The draft's one focus area, its first goal with these indicators. */
	private String rows(String indicators) {
		return """
				[ { "title": "Trivsel", "strategy": "", "specialForYear": "", "responsibleDirector": "karen",
				    "goals": [ { "description": "Mindre sygefravær", "measure": "Fravær", "target": "Højst 5 %%",
				                 "dueDate": "", "indicators": %s } ] } ]""".formatted(indicators);
	}

	private ResponseEntity<String> submit(Task task, String draftPlan) throws Exception {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(PrepareDraftForm.DRAFT_PLAN, Map.of("value", draftPlan, "type", "Json"));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
		return web.withBasicAuth("karen", "demo")
			.exchange("/engine-rest/task/" + task.getId() + "/submit-form", HttpMethod.POST,
					new HttpEntity<>(json.writeValueAsString(Map.of("variables", variables)), headers), String.class);
	}

	private Long planId(Task task) {
		String key = jdbc.queryForObject("select business_key_ from act_ru_execution where id_ = ?", String.class,
				task.getProcessInstanceId());
		return jdbc.queryForObject("select plan_id from strategy_cycle where business_key = ?", Long.class, key);
	}

	private List<List<IndicatorDocument>> indicatorsOf(Task task) {
		return indicators(transfer.export(planId(task)));
	}

	private static List<List<IndicatorDocument>> indicators(PlanDocument plan) {
		List<List<IndicatorDocument>> all = new ArrayList<>();
		plan.focusAreas().forEach(area -> area.goals().stream().map(GoalDocument::indicators).forEach(all::add));
		return all;
	}

	private Map<String, List<Map<String, Object>>> snapshot() {
		Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
		for (String table : TABLES) {
			tables.put(table, jdbc.queryForList("select * from " + table + " order by 1"));
		}
		return tables;
	}

}
