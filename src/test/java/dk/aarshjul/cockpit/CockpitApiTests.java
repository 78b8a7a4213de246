package dk.aarshjul.cockpit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleProcess;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Cockpit plugin's API: a process owner learns where each plan waits, since when, with whom and
 * how late, per flow node and per instance, and how long ended instances took; a chief who is no
 * process owner learns nothing. Cycles of 2075 and 2076, which no other test uses.
 */
@H2Test
class CockpitApiTests {

	private static final String PLAN = "DEMO-STRATEGI";

	private static final String LATE_KEY = "DEMO-STRATEGI-2075";

	private static final String TRANSLATING_KEY = "DEMO-STRATEGI-2076";

	@Autowired
	MockMvc mvc;

	@Autowired
	CycleDriver cycle;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	ObjectMapper json;

	@AfterEach
	void resetClock() {
		cycle.resetClock();
	}

	@Test
	void processOwnerSeesWherePlansWaitWithWhomSinceWhenAndHowLate() throws Exception {
		ProcessInstance late = cycle.start("olivia", CycleDriver.calendar(PLAN, 2075));
		ProcessInstance translating = cycle.untilTranslation(PLAN, TRANSLATING_KEY, 2076, List.of("job", "sundhed"));
		Task job = cycle.taskFor("dorthe", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, TRANSLATING_KEY + "-job");
		cycle.complete("dorthe", job,
				cycle.everyRow(job, "focusArea", Map.of("action", "Vi gør det.", "notApplicable", false)));
		// five days after the drafting deadline of 2075
		cycle.moveClockTo(LocalDate.of(2075, 1, 20));
		String definition = late.getProcessDefinitionId();
		assertThat(translating.getProcessDefinitionId()).isEqualTo(definition);

		JsonNode waiting = read("/api/cockpit/process-definitions/" + definition + "/waiting?size=100", "olivia");
		JsonNode lateRow = row(waiting, LATE_KEY);
		assertThat(lateRow.get("phase").asText()).isEqualTo("Udkast");
		assertThat(lateRow.get("activityIds").get(0).asText()).isEqualTo(StrategyCycleProcess.CALL_ACTIVITY_DRAFTING);
		assertThat(lateRow.get("year").asInt()).isEqualTo(2075);
		assertThat(lateRow.get("planTitle").asText()).isNotBlank();
		assertThat(lateRow.get("daysLate").asLong()).isEqualTo(5);
		assertThat(lateRow.get("tasks").get(0).get("name").asText()).startsWith("Udarbejd udkast – ");
		// the escalation past the deadline added the process owners
		assertThat(lateRow.get("tasks").get(0).get("heldBy").asText()).isEqualTo("Koncerndirektionen, Procesejere");
		assertThat(lateRow.get("tasks").get(0).get("due").asText()).startsWith("2075-01-1");

		JsonNode translatingRow = row(waiting, TRANSLATING_KEY);
		assertThat(translatingRow.get("phase").asText()).isEqualTo("Oversættelse i enhederne");
		assertThat(translatingRow.get("daysLate").asLong()).isZero();
		assertThat(translatingRow.get("tasks")).extracting(task -> task.get("name").asText())
			.anySatisfy(name -> assertThat(name).contains("Kerneområde Sundhed og Omsorg"));
		assertThat(keys(waiting)).as("most overdue first").containsSubsequence(LATE_KEY, TRANSLATING_KEY);
		assertThat(waiting.get("total").asInt()).isEqualTo(waiting.get("rows").size());

		JsonNode secondAlone = read("/api/cockpit/process-definitions/" + definition + "/waiting?page=1&size=1",
				"olivia");
		assertThat(secondAlone.get("rows")).hasSize(1);
		assertThat(secondAlone.get("rows").get(0).get("processInstanceId").asText())
			.isEqualTo(waiting.get("rows").get(1).get("processInstanceId").asText());

		JsonNode heat = read("/api/cockpit/process-definitions/" + definition + "/heat", "olivia");
		JsonNode drafting = node(heat, StrategyCycleProcess.CALL_ACTIVITY_DRAFTING);
		assertThat(drafting.get("waiting").asLong()).as("as many as the engine has in drafting")
			.isEqualTo(runtime.createProcessInstanceQuery()
				.processDefinitionId(definition)
				.activityIdIn(StrategyCycleProcess.CALL_ACTIVITY_DRAFTING)
				.count());
		assertThat(drafting.get("late").asInt()).isBetween(1, drafting.get("waiting").asInt());
		assertThat(drafting.get("maxWaitingMillis").asLong())
			.isGreaterThanOrEqualTo(drafting.get("averageWaitingMillis").asLong());
		assertThat(node(heat, StrategyCycleProcess.CALL_ACTIVITY_UNIT_TRANSLATION).get("waiting").asLong())
			.isEqualTo(runtime.createProcessInstanceQuery()
				.processDefinitionId(definition)
				.activityIdIn(StrategyCycleProcess.CALL_ACTIVITY_UNIT_TRANSLATION)
				.count());

		// a called definition's page: the drafting of 2075, late, before every drafting that is not
		String draftingOfLate = runtime.createProcessInstanceQuery().superProcessInstanceId(late.getId()).singleResult()
			.getProcessDefinitionId();
		List<JsonNode> drafts = everyRow("/api/cockpit/process-definitions/" + draftingOfLate + "/waiting");
		JsonNode lateDraft = drafts.stream().filter(draft -> LATE_KEY.equals(draft.get("businessKey").asText()))
			.findFirst()
			.orElseThrow();
		assertThat(lateDraft.get("rootProcessInstanceId").asText()).isEqualTo(late.getId());
		assertThat(lateDraft.get("year").asInt()).isEqualTo(2075);
		assertThat(lateDraft.get("planTitle").asText()).isNotBlank();
		assertThat(lateDraft.get("phase").asText()).isEqualTo("Udarbejd udkast");
		assertThat(lateDraft.get("activityIds").get(0).asText()).isEqualTo(DraftingProcess.USER_TASK_DRAFT_PLAN);
		assertThat(lateDraft.get("daysLate").asLong()).isEqualTo(5);
		assertThat(lateDraft.get("tasks").get(0).get("heldBy").asText()).isEqualTo("Koncerndirektionen, Procesejere");
		assertThat(drafts).extracting(draft -> draft.get("daysLate").asLong()).as("most overdue first")
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(drafts.subList(drafts.indexOf(lateDraft), drafts.size()))
			.extracting(draft -> draft.get("tasks").get(0).get("due").asText())
			.as("then the later due dates")
			.isSorted();
		JsonNode draftingHeat = node(read("/api/cockpit/process-definitions/" + draftingOfLate + "/heat", "olivia"),
				DraftingProcess.USER_TASK_DRAFT_PLAN);
		assertThat(draftingHeat.get("waiting").asInt()).isEqualTo(drafts.stream()
			.filter(draft -> draft.get("activityIds").toString().contains(DraftingProcess.USER_TASK_DRAFT_PLAN))
			.count());
		assertThat(draftingHeat.get("late").asInt()).isBetween(1, draftingHeat.get("waiting").asInt());

		// a unit's translation per unit: job handed in and on to its review, sundhed still writing
		String translationDefinition = history.createHistoricProcessInstanceQuery()
			.superProcessInstanceId(translating.getId())
			.processDefinitionKey(UnitTranslationProcess.KEY)
			.list()
			.get(0)
			.getProcessDefinitionId();
		List<JsonNode> units = everyRow("/api/cockpit/process-definitions/" + translationDefinition + "/waiting").stream()
			.filter(unit -> TRANSLATING_KEY.equals(unit.get("businessKey").asText()))
			.toList();
		assertThat(units).as("one row per translating unit").hasSize(2)
			.allSatisfy(unit -> assertThat(unit.get("rootProcessInstanceId").asText()).isEqualTo(translating.getId()));
		assertThat(units).filteredOn(unit -> unit.get("activityIds").get(0).asText()
			.equals(UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN))
			.singleElement()
			.satisfies(sundhed -> {
				assertThat(sundhed.get("tasks").get(0).get("name").asText()).contains("Sundhed");
				assertThat(sundhed.get("tasks").get(0).get("heldBy").asText()).isNotBlank();
				assertThat(sundhed.get("daysLate").asLong()).isZero();
			});

		JsonNode timeline = read("/api/cockpit/process-instances/" + translating.getId() + "/timeline", "olivia");
		assertThat(timeline.get("businessKey").asText()).isEqualTo(TRANSLATING_KEY);
		assertThat(timeline.get("phases")).extracting(phase -> phase.get("name").asText())
			.containsSubsequence("Udkast", "Politisk behandling", "Oversættelse i enhederne");
		assertThat(timeline.get("phases").get(0).get("endedAt").isNull()).as("drafting is over").isFalse();
		assertThat(timeline.get("steps")).anySatisfy(step -> {
			assertThat(step.get("name").asText()).startsWith("Udarbejd udkast – ");
			assertThat(step.get("who").asText()).isEqualTo("Karen Dahl");
		});
		assertThat(timeline.get("openTasks")).isNotEmpty();
		assertThat(timeline.get("units")).extracting(unit -> unit.get("unit").asText() + ": " + unit.get("state").asText())
			.containsExactlyInAnyOrder("Kerneområde Job og Uddannelse: afleveret",
					"Kerneområde Sundhed og Omsorg: mangler");

		JsonNode lateTimeline = read("/api/cockpit/process-instances/" + late.getId() + "/timeline", "olivia");
		JsonNode draftTask = lateTimeline.get("openTasks").get(0);
		assertThat(draftTask.get("daysLate").asLong()).isEqualTo(5);
		assertThat(draftTask.get("escalations")).as("the deadline passed: escalated").isNotEmpty();
		assertThat(draftTask.get("escalations").get(0).get("level").asInt()).isEqualTo(1);

		String translationInstance = history.createHistoricProcessInstanceQuery()
			.superProcessInstanceId(translating.getId())
			.processDefinitionKey(UnitTranslationProcess.KEY)
			.unfinished()
			.list()
			.get(0)
			.getId();
		assertThat(read("/api/cockpit/process-instances/" + translationInstance + "/timeline", "olivia")
			.get("businessKey").asText()).as("a called process's page shows its cycle").isEqualTo(TRANSLATING_KEY);

		String draftingDefinition = history.createHistoricProcessInstanceQuery()
			.superProcessInstanceId(translating.getId())
			.processDefinitionKey(DraftingProcess.KEY)
			.singleResult()
			.getProcessDefinitionId();
		JsonNode ended = read("/api/cockpit/process-definitions/" + draftingDefinition + "/ended?size=100", "olivia");
		JsonNode endedDrafting = row(ended, TRANSLATING_KEY);
		assertThat(endedDrafting.get("state").asText()).isEqualTo("COMPLETED");
		assertThat(endedDrafting.get("slowestStep").asText()).isNotBlank();
		assertThat(endedDrafting.get("durationMillis").asLong())
			.isGreaterThanOrEqualTo(endedDrafting.get("slowestStepMillis").asLong());
		assertThat(keys(ended)).doesNotContain(LATE_KEY);
	}

	@Test
	void aChiefWhoIsNoProcessOwnerIsRefusedEverything() throws Exception {
		String definition = runtime.createProcessInstanceQuery().processDefinitionKey(StrategyCycleProcess.KEY).list().stream()
			.findFirst()
			.map(ProcessInstance::getProcessDefinitionId)
			.orElse("strategyCycle:1:none");
		for (String path : List.of("/process-definitions/" + definition + "/waiting",
				"/process-definitions/" + definition + "/heat", "/process-definitions/" + definition + "/ended",
				"/process-instances/any/timeline")) {
			mvc.perform(get("/api/cockpit" + path).with(httpBasic("anders", "demo")))
				.andExpect(status().isForbidden());
			// the executive board sees every plan on the overview, but reads no instance in Cockpit
			mvc.perform(get("/api/cockpit" + path).with(httpBasic("karen", "demo")))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void thePluginNotSignedInToArshjulGetsABare401AndNoPasswordDialog() throws Exception {
		mvc.perform(get("/api/cockpit/process-instances/any/timeline").header("X-Requested-With", "XMLHttpRequest"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("WWW-Authenticate"));
	}

	private JsonNode read(String url, String user) throws Exception {
		String body = mvc.perform(get(url).with(httpBasic(user, "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body);
	}

	/** Every row of a list, page by page. */
	private List<JsonNode> everyRow(String url) throws Exception {
		List<JsonNode> rows = new java.util.ArrayList<>();
		JsonNode page;
		int number = 0;
		do {
			page = read(url + "?size=100&page=" + number++, "olivia");
			page.get("rows").forEach(rows::add);
		}
		while (rows.size() < page.get("total").asInt() && !page.get("rows").isEmpty());
		return rows;
	}

	private static JsonNode row(JsonNode page, String businessKey) {
		for (JsonNode row : page.get("rows")) {
			if (businessKey.equals(row.get("businessKey").asText())) {
				return row;
			}
		}
		throw new AssertionError("No row for " + businessKey + " in " + page);
	}

	private static List<String> keys(JsonNode page) {
		return page.get("rows").findValuesAsText("businessKey");
	}

	private static JsonNode node(JsonNode heat, String activityId) {
		for (JsonNode node : heat) {
			if (activityId.equals(node.get("activityId").asText())) {
				return node;
			}
		}
		throw new AssertionError("No heat for " + activityId + " in " + heat);
	}

}
