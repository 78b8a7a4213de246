package dk.aarshjul.cycle;

import dk.aarshjul.system.H2Test;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A process owner starts a cycle through the API; others may not, and bad calendars are refused. */
@H2Test
class CycleApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RuntimeService runtime;

	static String request(int year, String consultationDeadline) {
		return """
				{ "planCode": "DEMO-STRATEGI", "cycleYear": %d, "draftingDeadline": "%d-01-15",
				  "consultationDeadline": "%s", "financeCommitteeMeeting": "%d-02-20",
				  "translationDeadline": "%d-04-30", "followUpDates": ["%d-06-30", "%d-12-31"], "periodEnd": "%d-12-31" }
				""".formatted(year, year, consultationDeadline, year, year, year, year, year);
	}

	@Test
	void processOwnerStartsACycleNamedByPlanAndYear() throws Exception {
		mvc.perform(post("/api/cycles").with(httpBasic("olivia", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(request(2050, "2050-02-01")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.businessKey").value("DEMO-STRATEGI-2050"));

		assertThat(runtime.createProcessInstanceQuery()
			.processDefinitionKey(StrategyCycleProcess.KEY)
			.processInstanceBusinessKey("DEMO-STRATEGI-2050")
			.count()).isOne();
	}

	@Test
	void datesOutOfOrderAreRefusedInDanishAndNothingStarts() throws Exception {
		mvc.perform(post("/api/cycles").with(httpBasic("olivia", "demo")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(request(2051, "2051-01-01")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("consultationDeadline"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Høringsfristen skal ligge efter")));

		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("DEMO-STRATEGI-2051").count()).isZero();
	}

	@Test
	void onlyProcessOwnersStartCycles() throws Exception {
		mvc.perform(post("/api/cycles").with(httpBasic("anders", "demo")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(request(2052, "2052-02-01")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Kun procesejere og administratorer kan starte et årshjul."));
	}

}
