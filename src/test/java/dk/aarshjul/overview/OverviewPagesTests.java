package dk.aarshjul.overview;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleProcess;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.followup.FollowUpRoundProcess;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The process owners' pages and API, as the people who use them: the overview with its filters and
 * links, starting a cycle (and every refusal), a plan's page with its timeline and matrix, the
 * agenda PDF, and who may see what.
 */
@H2Test
class OverviewPagesTests {

	private static final String PLAN = "DEMO-STRATEGI";

	@Autowired
	MockMvc mvc;

	@Autowired
	dk.aarshjul.organisation.ExecutiveBoard board;

	@Autowired
	CycleDriver cycle;

	@Autowired
	RuntimeService runtime;

	@Autowired
	StrategyPlanRepository plans;

	static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String userId, String... groups) {
		return request.with(user(userId).authorities(Arrays.stream(groups)
			.map(group -> new SimpleGrantedAuthority("GROUP_" + group))
			.toList()));
	}

	@Test
	void overviewShowsWhereEachPlanIsWhoHoldsItAndLinksToCockpitAndTasklist() throws Exception {
		var instance = cycle.start("olivia", CycleDriver.calendar(PLAN, 2100));
		String key = instance.getBusinessKey();
		String taskId = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key).getId();

		mvc.perform(as(get("/oversigt"), "olivia", "procesejer"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-key=\"" + key + "\"")))
			.andExpect(content().string(containsString("Udkast")))
			.andExpect(content().string(containsString("Udarbejd udkast – Holbæk i Fællesskab")))
			.andExpect(content().string(containsString("hos Koncerndirektionen")))
			.andExpect(content().string(containsString("/camunda/app/tasklist/default/#/?task=" + taskId)))
			.andExpect(content().string(containsString(
					"/camunda/app/cockpit/default/#/process-instance/" + instance.getId() + "/runtime")))
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("Start et årshjul")));

		mvc.perform(as(get("/oversigt").param("phase", StrategyCycleProcess.CALL_ACTIVITY_MED_CONSULTATION), "olivia", "procesejer"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-key=\"" + key + "\""))));
		mvc.perform(as(get("/oversigt").param("year", "2100"), "olivia", "procesejer"))
			.andExpect(content().string(containsString("data-key=\"" + key + "\"")));
		mvc.perform(as(get("/api/overview").param("year", "2100"), "olivia", "procesejer"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.businessKey == '" + key + "')].phase").value(StrategyCycleProcess.CALL_ACTIVITY_DRAFTING))
			.andExpect(jsonPath("$[?(@.businessKey == '" + key + "')].tasks[0].heldBy").value("Koncerndirektionen"));
	}

	@Test
	void translationShowsWhichUnitsAreMissingAndLeadersSeeOnlyTheirUnitsPlans() throws Exception {
		cycle.untilTranslation(PLAN, "DEMO-STRATEGI-2091", 2091, List.of("job", "sundhed"));
		cycle.untilTranslation(PLAN, "DEMO-STRATEGI-2092", 2092, List.of("skoler"));
		var job = cycle.taskFor("dorthe", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, "DEMO-STRATEGI-2091-job");
		cycle.complete("dorthe", job, cycle.everyRow(job, "focusArea", Map.of("action", "Vi gør det.", "notApplicable", false)));

		mvc.perform(as(get("/api/overview").param("year", "2091"), "olivia", "procesejer"))
			.andExpect(jsonPath("$[0].phase").value(StrategyCycleProcess.CALL_ACTIVITY_UNIT_TRANSLATION))
			.andExpect(jsonPath("$[0].unitsDone").value(1))
			.andExpect(jsonPath("$[0].unitsTotal").value(2))
			.andExpect(jsonPath("$[0].missingUnits[0]").value("Kerneområde Sundhed og Omsorg"));

		mvc.perform(as(get("/api/overview").param("unit", "skoler"), "olivia", "procesejer"))
			.andExpect(jsonPath("$[*].businessKey", hasItem("DEMO-STRATEGI-2092")))
			.andExpect(jsonPath("$[*].businessKey", not(hasItem("DEMO-STRATEGI-2091"))));
		mvc.perform(as(get("/api/overview"), "frida", "unit-sundhed-chief", "unit-sundhed-leaders", "koncernledelse"))
			.andExpect(jsonPath("$[*].businessKey", hasItem("DEMO-STRATEGI-2091")))
			.andExpect(jsonPath("$[*].businessKey", not(hasItem("DEMO-STRATEGI-2092"))));
		// a plan she may not see is answered as one that does not exist
		mvc.perform(as(get("/aarshjul/DEMO-STRATEGI-2092"), "frida", "unit-sundhed-chief", "unit-sundhed-leaders"))
			.andExpect(status().isNotFound());
		mvc.perform(as(get("/aarshjul/DEMO-STRATEGI-2091"), "frida", "unit-sundhed-chief", "unit-sundhed-leaders"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vi gør det.")))
			.andExpect(content().string(containsString("mangler")));

		mvc.perform(as(get("/api/cycles/DEMO-STRATEGI-2091"), "frida", "unit-sundhed-chief", "unit-sundhed-leaders"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cycleYear").value(2091))
			.andExpect(jsonPath("$.calendar.councilMeeting").value("2091-02-27"))
			.andExpect(jsonPath("$.focusAreas[0].priority").value(1))
			.andExpect(jsonPath("$.focusAreas[0].goals[0].description").isNotEmpty())
			// the demo plan's first focus area is Karen's: her name for people, her user id for clients
			.andExpect(jsonPath("$.focusAreas[0].responsibleDirector").value(board.nameOf("karen")))
			.andExpect(jsonPath("$.focusAreas[0].responsibleDirector").value(not("karen")))
			.andExpect(jsonPath("$.focusAreas[0].responsibleDirectorUserId").value("karen"))
			.andExpect(jsonPath("$.matrix.rows[*].answers[*]", hasItem("Vi gør det.")))
			.andExpect(jsonPath("$.matrix.rows[*].answers[*]", hasItem("mangler")))
			.andExpect(jsonPath("$.timeline[0].what").value("Årshjulet for 2091 blev startet"));
		mvc.perform(as(get("/api/cycles/DEMO-STRATEGI-2092"), "frida", "unit-sundhed-chief", "unit-sundhed-leaders"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Der findes intet årshjul med nøglen DEMO-STRATEGI-2092."));
		mvc.perform(as(get("/api/cycles/DEMO-STRATEGI-1900"), "olivia", "procesejer"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Der findes intet årshjul med nøglen DEMO-STRATEGI-1900."));
	}

	@Test
	void planPageShowsContentTimelineAndMatrixAndTheAgendaPdfHasThePlan() throws Exception {
		String key = "DEMO-STRATEGI-2093";
		cycle.untilTranslation(PLAN, key, 2093, List.of("hr"));

		mvc.perform(as(get("/aarshjul/" + key), "olivia", "procesejer"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kerneopgaverne")))
			.andExpect(content().string(containsString("Ansvarlig direktør")))
			.andExpect(content().string(containsString("Årshjulet for 2093 blev startet")))
			.andExpect(content().string(containsString("Høringssvar fra Hovedudvalget")))
			.andExpect(content().string(containsString("Ingen bemærkninger.")))
			.andExpect(content().string(containsString("Økonomiudvalget: planen blev godkendt")))
			.andExpect(content().string(containsString("Stab for HR")))
			.andExpect(content().string(containsString("mangler")));

		byte[] pdf = mvc.perform(as(get("/aarshjul/" + key + "/dagsorden.pdf"), "olivia", "procesejer"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(plans.findByCodeAndYear(PLAN, 2017).orElseThrow().getTitle().substring(0, 20))
				.contains("Kerneopgaverne")
				.contains("Oversættelse i enhederne");
		}
		mvc.perform(as(get("/aarshjul/DEMO-STRATEGI-1900"), "olivia", "procesejer")).andExpect(status().isNotFound());
	}

	@Test
	void aFollowUpRoundShowsItsTrafficLightsAndHasItsOwnStatusPdf() throws Exception {
		String key = "DEMO-STRATEGI-2098";
		cycle.untilTranslation(PLAN, key, 2098, List.of("hr"));
		var unitPlan = cycle.taskFor("nina", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-hr");
		cycle.complete("nina", unitPlan, cycle.everyRow(unitPlan, "focusArea", Map.of("action", "Vi gør det.", "notApplicable", false)));
		cycle.complete("karen", UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, key + "-hr",
				UnitTranslationProcess.Variables.APPROVED.with(true));
		try {
			cycle.moveClockTo(LocalDate.of(2098, 6, 30));
			var report = cycle.taskFor("nina", FollowUpRoundProcess.USER_TASK_REPORT_STATUS, key);
			cycle.complete("nina", report, cycle.everyRow(report, "goal", Map.of("light", "RED", "comment", "Bagud.")));
		}
		finally {
			cycle.resetClock();
		}

		mvc.perform(as(get("/aarshjul/" + key), "olivia", "procesejer"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Status pr. 30.06.2098")))
			.andExpect(content().string(containsString("Rød: ")))
			.andExpect(content().string(containsString("/aarshjul/" + key + "/status/2098-06-30.pdf")));
		byte[] pdf = mvc.perform(as(get("/aarshjul/" + key + "/status/2098-06-30.pdf"), "olivia", "procesejer"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Status pr. 30.06.2098").contains("Rød");
		}
		mvc.perform(as(get("/aarshjul/" + key + "/status/2098-12-31.pdf"), "olivia", "procesejer"))
			.andExpect(status().isNotFound());
	}

	@Test
	void processOwnerStartsACycleFromTheFormWithLastYearsDatesProposed() throws Exception {
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2094));
		mvc.perform(as(get("/aarshjul/ny").param("planCode", PLAN).param("year", "2095"), "olivia", "procesejer"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("DEMO-STRATEGI-2094")))
			.andExpect(content().string(containsString("value=\"2095-01-17\"")));

		mvc.perform(as(post("/aarshjul/ny"), "olivia", "procesejer").with(csrf())
			.param("planCode", PLAN).param("cycleYear", "2095")
			.param("draftingDeadline", "2095-01-17").param("consultationDeadline", "2095-02-01")
			.param("financeCommitteeMeeting", "2095-02-20").param("translationDeadline", "2095-04-29")
			.param("firstFollowUp", "2095-06-30").param("periodEnd", "2095-12-31"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/oversigt"))
			.andExpect(flash().attribute("started", "DEMO-STRATEGI-2095"));
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(StrategyCycleProcess.KEY)
			.processInstanceBusinessKey("DEMO-STRATEGI-2095").count()).isOne();
	}

	@Test
	void anAdministratorStartsACycleAsAProcessOwnerMay() throws Exception {
		// the demo's administrator is in camunda-admin only, not among the process owners
		mvc.perform(as(get("/oversigt"), "admin", "camunda-admin"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/aarshjul/ny\"")));
		mvc.perform(as(get("/aarshjul/ny").param("planCode", PLAN).param("year", "2025"), "admin", "camunda-admin"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"planCode\"")));
		mvc.perform(as(post("/aarshjul/ny"), "admin", "camunda-admin").with(csrf())
			.param("planCode", PLAN).param("cycleYear", "2025")
			.param("draftingDeadline", "2025-01-17").param("consultationDeadline", "2025-02-01")
			.param("financeCommitteeMeeting", "2025-02-20").param("translationDeadline", "2025-04-29")
			.param("firstFollowUp", "2025-06-30").param("periodEnd", "2025-12-31"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/oversigt"))
			.andExpect(flash().attribute("started", "DEMO-STRATEGI-2025"));
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(StrategyCycleProcess.KEY)
			.processInstanceBusinessKey("DEMO-STRATEGI-2025").count()).isOne();
	}

	@Test
	void refusedStartsAreExplainedOnTheFormAndStartOrCopyNothing() throws Exception {
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2096));
		long plansBefore = plans.count();

		mvc.perform(as(post("/aarshjul/ny"), "olivia", "procesejer").with(csrf())
			.param("planCode", PLAN).param("cycleYear", "2096").param("copyLastYear", "true")
			.param("draftingDeadline", "2096-01-15").param("consultationDeadline", "2096-02-01")
			.param("financeCommitteeMeeting", "2096-02-20").param("translationDeadline", "2096-04-30")
			.param("firstFollowUp", "2096-06-30").param("periodEnd", "2096-12-31"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("Cyklussen blev ikke startet.")))
			.andExpect(content().string(containsString("Der kører allerede en cyklus for planen DEMO-STRATEGI i 2096")));
		mvc.perform(as(post("/aarshjul/ny"), "olivia", "procesejer").with(csrf())
			.param("planCode", PLAN).param("cycleYear", "2097").param("copyLastYear", "true")
			.param("draftingDeadline", "2097-03-15").param("consultationDeadline", "2097-02-01")
			.param("financeCommitteeMeeting", "2097-02-20").param("translationDeadline", "2097-04-30")
			.param("firstFollowUp", "2097-06-30").param("periodEnd", "2097-12-31"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("Høringsfristen skal ligge efter fristen for udkastet.")));
		mvc.perform(as(post("/aarshjul/ny"), "olivia", "procesejer").with(csrf())
			.param("planCode", PLAN).param("cycleYear", "2097").param("draftingDeadline", "ikke en dato"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("Skriv datoen som ÅÅÅÅ-MM-DD.")));

		assertThat(plans.count()).as("no copy left behind").isEqualTo(plansBefore);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(StrategyCycleProcess.KEY)
			.processInstanceBusinessKey("DEMO-STRATEGI-2097").count()).isZero();
		mvc.perform(as(get("/aarshjul/ny"), "karen", "direktion")).andExpect(status().isForbidden());
		mvc.perform(as(post("/aarshjul/ny"), "karen", "direktion").with(csrf()).param("planCode", PLAN))
			.andExpect(status().isForbidden());
	}

	@Test
	void everyPageAndTheApiNeedSignInAndTheApiIsDocumented() throws Exception {
		for (String path : List.of("/oversigt", "/aarshjul/ny", "/aarshjul/DEMO-STRATEGI-2093", "/api/overview",
				"/api/overview/export", "/api/overview/export.csv", "/v3/api-docs")) {
			mvc.perform(get(path)).andExpect(status().isUnauthorized());
		}
		mvc.perform(as(get("/v3/api-docs"), "olivia", "procesejer"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/overview")))
			.andExpect(content().string(containsString("/api/cycles")))
			.andExpect(content().string(containsString("/api/plans")));
	}

}
