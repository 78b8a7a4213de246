package dk.aarshjul.overview;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.approval.PoliticalApprovalProcess;
import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditEntry;
import dk.aarshjul.audit.AuditEntryRepository;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.organisation.ExecutiveBoard;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The record tells what happened, as people say it: names instead of user ids, the Danish names of
 * bodies and units instead of their codes, Danish words for each action and outcome; a unit's plan
 * is "godkendt" only once its review approved it; and whoever completes a task is credited with it,
 * also through the REST API without claiming it first.
 */
@H2Test
class TrueRecordTests {

	private static final String PLAN = "DEMO-STRATEGI";

	@Autowired
	CycleDriver cycle;

	@Autowired
	ExecutiveBoard board;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestRestTemplate web;

	@Autowired
	ObjectMapper json;

	@Autowired
	AuditEntryRepository entries;

	@Autowired
	StrategyCycleRepository cycles;

	@Test
	void theTimelineSaysGodkendtOnlyAfterTheReviewApproved() throws Exception {
		String key = "DEMO-STRATEGI-2022";
		cycle.untilTranslation(PLAN, key, 2022, List.of("hr"));
		Task write = cycle.taskFor(cycle.chiefOf("hr"), UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-hr");
		cycle.complete(cycle.chiefOf("hr"), write, cycle.unitPlanOf(write, "Vi digitaliserer."));

		List<String> handedIn = timeline(key);
		assertThat(handedIn).contains("Handleplan for Stab for HR og Digitalisering afleveret")
			.noneMatch(what -> what.startsWith("Handleplan") && what.contains("godkendt"));

		cycle.complete(CycleDriver.reviewerOf("hr"), UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, key + "-hr",
				UnitTranslationProcess.Variables.APPROVED.with(true));

		List<String> reviewed = timeline(key);
		assertThat(reviewed).containsSubsequence("Handleplan for Stab for HR og Digitalisering afleveret",
				"Handleplan for Stab for HR og Digitalisering godkendt");
	}

	@Test
	void theAuditTrailShowsNamesAndDanishWordsAlsoForEntriesWrittenAsCodes() throws Exception {
		String key = "DEMO-STRATEGI-2023";
		cycle.untilTranslation(PLAN, key, 2023, List.of("hr"));

		JsonNode trail = json.readTree(mvc.perform(get("/api/cycles/" + key + "/audit").with(httpBasic("olivia", "demo")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		JsonNode decision = only(trail, "DECISION");
		// as written: the codes, for clients; as read: the words
		assertThat(decision.get("actor").asText()).isEqualTo("svend");
		assertThat(decision.get("subject").asText()).isEqualTo("oekonomiudvalg: APPROVED");
		assertThat(decision.get("who").asText()).isEqualTo(board.nameOf("svend"));
		assertThat(decision.get("what").asText()).isEqualTo("Politisk beslutning");
		assertThat(decision.get("about").asText()).isEqualTo("Økonomiudvalget: godkendt");
		assertThat(only(trail, "STATEMENT_GIVEN").get("about").asText()).isEqualTo("Hovedudvalget (Hoved-MED)");

		String csv = mvc.perform(get("/api/cycles/" + key + "/audit.csv").with(httpBasic("olivia", "demo")))
			.andReturn().getResponse().getContentAsString();
		assertThat(csv).contains("\"Økonomiudvalget: godkendt\"").doesNotContain("APPROVED").doesNotContain("\"oekonomiudvalg");

		String page = mvc.perform(get("/aarshjul/" + key).with(httpBasic("olivia", "demo")))
			.andReturn().getResponse().getContentAsString();
		String auditTable = page.substring(page.indexOf("class=\"audit\""), page.indexOf("</table>", page.indexOf("class=\"audit\"")));
		assertThat(auditTable).contains(board.nameOf("svend"))
			.contains("Økonomiudvalget: godkendt")
			.contains("Årshjul startet")
			.doesNotContain(">svend<")
			.doesNotContain("APPROVED")
			.doesNotContain("oekonomiudvalg")
			.doesNotContain("CYCLE_STARTED");
	}

	@Test
	void aDecisionMadeThroughTheRestApiWithoutClaimingIsCreditedToWhoMadeIt() throws Exception {
		String key = "DEMO-STRATEGI-2024";
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2024));
		cycle.throughConsultation(key);
		Task decide = cycle.taskFor("svend", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, key);
		assertThat(decide.getAssignee()).isNull();

		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> submitted = web.withBasicAuth("svend", "demo").postForEntity(
				"/engine-rest/task/" + decide.getId() + "/submit-form",
				new HttpEntity<>(json.writeValueAsString(Map.of("variables",
						Map.of("decision", Map.of("value", "APPROVED", "type", "String")))), headers),
				String.class);
		assertThat(submitted.getStatusCode()).as(submitted.getBody()).isIn(HttpStatus.NO_CONTENT, HttpStatus.OK);

		List<AuditEntry> trail = entries.findByCycleIdOrderByRecordedAtAscIdAsc(
				cycles.findByBusinessKey(key).orElseThrow().getId());
		assertThat(trail).filteredOn(entry -> entry.getAction() == AuditAction.DECISION)
			.singleElement().extracting(AuditEntry::getActor).isEqualTo("svend");
		assertThat(trail).filteredOn(entry -> entry.getAction() == AuditAction.PLAN_APPROVED)
			.singleElement().extracting(AuditEntry::getActor).isEqualTo("svend");

		JsonNode view = json.readTree(mvc.perform(get("/api/cycles/" + key).with(httpBasic("olivia", "demo")))
			.andReturn().getResponse().getContentAsString());
		JsonNode completed = null;
		for (JsonNode event : view.get("timeline")) {
			if (event.get("what").asText().equals("Løste opgaven \"" + decide.getName() + "\"")) {
				completed = event;
			}
		}
		assertThat(completed).as("the decision is on the timeline").isNotNull();
		assertThat(completed.get("who").asText()).isEqualTo(board.nameOf("svend")).isNotEqualTo("Årshjul");
	}

	private List<String> timeline(String key) throws Exception {
		JsonNode view = json.readTree(mvc.perform(get("/api/cycles/" + key).with(httpBasic("olivia", "demo")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		return view.get("timeline").findValuesAsText("what");
	}

	private static JsonNode only(JsonNode trail, String action) {
		JsonNode found = null;
		for (JsonNode entry : trail) {
			if (action.equals(entry.get("action").asText())) {
				assertThat(found).as("one %s", action).isNull();
				found = entry;
			}
		}
		assertThat(found).as("one %s", action).isNotNull();
		return found;
	}

}
