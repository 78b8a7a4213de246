package dk.aarshjul.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.approval.PoliticalApprovalProcess;
import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.followup.FollowUpRoundProcess;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Malformed input across Årshjul's forms (as Tasklist submits them) and API: each is answered with
 * a 4xx and a Danish message naming what is wrong, and the database is exactly as before — the task
 * stays open, the plan unchanged.
 */
@H2Test
class BadInputTests {

	private static final String PLAN = "DEMO-STRATEGI";

	/** Our tables, and the engine's runtime state: what a refused request must leave as it was. */
	private static final List<String> TABLES = List.of("strategy_plan", "focus_area", "goal", "strategy_cycle",
			"strategy_cycle_follow_up", "strategy_cycle_unit", "unit_plan", "unit_plan_entry", "status_report",
			"goal_status", "status_round", "consultation_statement", "committee_decision", "cycle_calendar_change",
			"deadline_escalation", "notification", "person_absence", "ACT_RU_TASK", "ACT_RU_EXECUTION",
			"ACT_RU_VARIABLE", "ACT_RU_JOB", "ACT_RU_IDENTITYLINK");

	record Answer(int status, String body) {
	}

	record Case(String name, Supplier<Answer> request, String... danish) {
	}

	@Autowired
	TestRestTemplate web;

	@Autowired
	MockMvc mvc;

	@Autowired
	CycleDriver cycle;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void backToRealTime() {
		cycle.resetClock();
	}

	@TestFactory
	Stream<DynamicTest> everyMalformedInputIsRefusedInDanishAndChangesNothing() {
		Fixtures at = fixtures();
		List<Case> cases = new ArrayList<>();
		String cycleRequest = """
				{ "planCode": "DEMO-STRATEGI", "cycleYear": %s, "draftingDeadline": %s, "consultationDeadline": "2087-02-01",
				  "financeCommitteeMeeting": "2087-02-20", "translationDeadline": "2087-04-30",
				  "followUpDates": %s, "periodEnd": "2087-12-31" }""";
		// the cycle API
		cases.add(api("cycle: not JSON", HttpMethod.POST, "/api/cycles", "{ planCode: ", "kunne ikke læses"));
		cases.add(api("cycle: empty request", HttpMethod.POST, "/api/cycles", "{}", "Vælg den plan, cyklussen gælder"));
		cases.add(api("cycle: year is text", HttpMethod.POST, "/api/cycles",
				cycleRequest.formatted("\"i år\"", "\"2087-01-15\"", "[\"2087-06-30\"]"), "Feltet cycleYear"));
		cases.add(api("cycle: impossible date", HttpMethod.POST, "/api/cycles",
				cycleRequest.formatted("2087", "\"2087-13-45\"", "[\"2087-06-30\"]"), "Feltet draftingDeadline"));
		cases.add(api("cycle: year out of range", HttpMethod.POST, "/api/cycles",
				cycleRequest.formatted("99999", "\"2087-01-15\"", "[\"2087-06-30\"]"), "mellem 2000 og 2100"));
		cases.add(api("cycle: follow-up dates not a list", HttpMethod.POST, "/api/cycles",
				cycleRequest.formatted("2087", "\"2087-01-15\"", "{\"a\": 1}"), "Feltet followUpDates"));
		cases.add(api("cycle: unknown plan", HttpMethod.POST, "/api/cycles",
				cycleRequest.replace("DEMO-STRATEGI", "FINDES-IKKE").formatted("2087", "\"2087-01-15\"", "[\"2087-06-30\"]"),
				"FINDES-IKKE"));
		cases.add(api("cycle: hearing shorter than 14 days", HttpMethod.POST, "/api/cycles",
				cycleRequest.formatted("2087", "\"2087-01-25\"", "[\"2087-06-30\"]"), "mindst 14 dage"));
		cases.add(api("cycle: oversized request", HttpMethod.POST, "/api/cycles",
				"{\"planCode\": \"" + "x".repeat(600 * 1024) + "\"}", "for stor"));
		cases.add(new Case("cycle: sent as text", () -> exchange(HttpMethod.POST, "/api/cycles", "planCode=X",
				MediaType.TEXT_PLAIN, "olivia"), "application/json"));
		// the plan API
		cases.add(api("plan: not JSON", HttpMethod.POST, "/api/plans", "[1, 2", "ikke en gyldig plan i JSON-format"));
		cases.add(api("plan: no code", HttpMethod.POST, "/api/plans", plan("", "Titel", 1), "kode"));
		cases.add(api("plan: code with spaces", HttpMethod.POST, "/api/plans", plan("min plan", "Titel", 1), "kode"));
		cases.add(api("plan: no title", HttpMethod.POST, "/api/plans", plan("NY-PLAN", "", 1), "itel"));
		cases.add(api("plan: thirteen focus areas", HttpMethod.POST, "/api/plans", plan("NY-PLAN", "Titel", 13), "12"));
		cases.add(api("plan: right-to-left override in the title", HttpMethod.POST, "/api/plans",
				plan("NY-PLAN", "Budget \\u202Egnidrovs", 1), "usynlige styretegn"));
		cases.add(api("plan: NUL in the title", HttpMethod.POST, "/api/plans", plan("NY-PLAN", "Titel\\u0000", 1),
				"usynlige styretegn"));
		cases.add(api("plan: isolate in a focus area's title", HttpMethod.POST, "/api/plans",
				plan("NY-PLAN", "Titel", 1).replace("Område 1", "Område \\u2067 1"), "usynlige styretegn"));
		cases.add(api("plan: unknown id", HttpMethod.GET, "/api/plans/987654", null, "987654"));
		cases.add(api("plan: id is text", HttpMethod.GET, "/api/plans/abc", null, "Feltet id"));
		// moving a date
		String move = "/api/cycles/" + at.drafting + "/calendar-changes";
		cases.add(api("calendar: unknown date", HttpMethod.POST, move,
				"{\"field\": \"deadline\", \"date\": \"2088-01-10\", \"reason\": \"Flyttet.\"}", "findes ikke i kalenderen"));
		cases.add(api("calendar: not a date", HttpMethod.POST, move,
				"{\"field\": \"draftingDeadline\", \"date\": \"snart\", \"reason\": \"Flyttet.\"}", "Feltet date"));
		cases.add(api("calendar: out of order", HttpMethod.POST, move,
				"{\"field\": \"draftingDeadline\", \"date\": \"2088-03-01\", \"reason\": \"Flyttet.\"}", "Høringsfristen"));
		cases.add(api("calendar: no reason", HttpMethod.POST, move,
				"{\"field\": \"draftingDeadline\", \"date\": \"2088-01-10\", \"reason\": \"\"}", "begrundelsen"));
		cases.add(api("calendar: unknown cycle", HttpMethod.POST, "/api/cycles/INGEN-1999/calendar-changes",
				"{\"field\": \"draftingDeadline\", \"date\": \"2088-01-10\", \"reason\": \"Flyttet.\"}", "INGEN-1999"));
		cases.add(api("overview: year is text", HttpMethod.GET, "/api/overview?year=sidste", null, "Feltet year"));
		cases.add(api("proposal: no year", HttpMethod.GET, "/api/cycles/calendar-proposal", null, "Feltet year"));
		// forms, submitted as Tasklist submits them
		cases.add(form("draft: focus area without title, goal without description, impossible date", "karen",
				at.draftTask, Map.of("draftPlan", """
						[ { "title": "Trivsel", "goals": [ { "description": "Færre sygedage", "dueDate": "2088-02-30" } ] },
						  { "title": " ", "goals": [ { "description": "", "measure": "Sygefravær" } ] } ]"""),
				"Indsatsområde 1, mål 1: Frist skal være en dato", "Indsatsområde 2: Titel skal udfyldes.",
				"Indsatsområde 2, mål 1: Beskrivelse skal udfyldes."));
		cases.add(form("draft: director typed as a username outside the board", "karen", at.draftTask,
				Map.of("draftPlan", "[ { \"title\": \"Trivsel\", \"responsibleDirector\": \"olivia\" } ]"),
				"Indsatsområde 1: Olivia Berg er ikke medlem af direktionen."));
		cases.add(form("draft: rows not JSON", "karen", at.draftTask, Map.of("draftPlan", "[{ title: "),
				"Formularens rækker kunne ikke læses"));
		cases.add(form("statement: empty", "rikke", at.statementTask, Map.of("statement", ""), "høringssvar"));
		cases.add(form("statement: script and too long", "rikke", at.statementTask,
				Map.of("statement", "<script>alert(1)</script>" + "x".repeat(10001)), "for langt"));
		cases.add(form("decision: none chosen", "svend", at.decisionTask, Map.of("decision", ""), "Vælg udvalgets beslutning"));
		cases.add(form("decision: sent back without reason", "svend", at.decisionTask,
				Map.of("decision", "SENT_BACK", "reasoning", ""), "begrundelse"));
		cases.add(form("decision: unknown outcome", "svend", at.decisionTask, Map.of("decision", "MÅSKE"),
				"Feltet decision skal have en af værdierne APPROVED, APPROVED_WITH_CHANGES, SENT_BACK"));
		cases.add(form("unit plan: no action", "dorthe", at.unitPlanTask,
				Map.of("unitPlan", cycle.rowsJson(at.unitPlanTask, "focusArea", Map.of("action", "", "notApplicable", false))),
				"Indsatsområde 1 ", "Indsats skal udfyldes", "Indsatsområde 2 "));
		cases.add(form("unit plan: not applicable without reason", "dorthe", at.unitPlanTask,
				Map.of("unitPlan", cycle.rowsJson(at.unitPlanTask, "focusArea", Map.of("notApplicable", true, "reason", ""))),
				"Begrundelse skal udfyldes"));
		cases.add(form("status: no light", "nina", at.statusTask,
				Map.of("statusReport", cycle.rowsJson(at.statusTask, "goal", Map.of("light", ""))),
				"Mål 1 ", "Status skal være grøn, gul eller rød", "Mål 2 "));
		cases.add(form("status: red without comment", "nina", at.statusTask,
				Map.of("statusReport", cycle.rowsJson(at.statusTask, "goal", Map.of("light", "RED", "comment", ""))),
				"Kommentar skal udfyldes, når status er gul eller rød"));
		// pages
		cases.add(page("leave: deputy is oneself", post("/fravaer").with(user("dorthe")).with(csrf())
			.param("deputyId", "dorthe").param("firstDay", "2087-01-01").param("lastDay", "2087-01-02"),
				"egen stedfortræder"));
		cases.add(page("start: dates out of order", post("/aarshjul/ny")
			.with(user("olivia").authorities(new SimpleGrantedAuthority("GROUP_procesejer"))).with(csrf())
			.param("planCode", PLAN).param("cycleYear", "2087").param("draftingDeadline", "2087-03-01")
			.param("consultationDeadline", "2087-02-01").param("financeCommitteeMeeting", "2087-02-20")
			.param("translationDeadline", "2087-04-30").param("firstFollowUp", "2087-06-30")
			.param("periodEnd", "2087-12-31"), "Høringsfristen skal ligge efter"));

		assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
		return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
			Map<String, List<Map<String, Object>>> before = snapshot();
			Answer answer = c.request().get();
			assertThat(answer.status()).as("%s: %s", c.name(), answer.body()).isBetween(400, 499);
			assertThat(answer.body()).as(c.name()).contains(c.danish());
			assertThat(snapshot()).as("%s changed the database", c.name()).isEqualTo(before);
		}));
	}

	/** One open task of each kind, in cycles of their own. */
	record Fixtures(String drafting, String draftTask, String statementTask, String decisionTask, String unitPlanTask,
			String statusTask) {
	}

	private Fixtures fixtures() {
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2088));
		String draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, "DEMO-STRATEGI-2088").getId();
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2089));
		cycle.draftReady("DEMO-STRATEGI-2089");
		String statement = cycle.taskFor("rikke", MedConsultationProcess.USER_TASK_GIVE_STATEMENT,
				"DEMO-STRATEGI-2089").getId();
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2086));
		cycle.throughConsultation("DEMO-STRATEGI-2086");
		String decision = cycle.taskFor("svend", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN,
				"DEMO-STRATEGI-2086").getId();
		cycle.untilTranslation(PLAN, "DEMO-STRATEGI-2085", 2085, List.of("job"));
		String unitPlan = cycle.taskFor("dorthe", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN,
				"DEMO-STRATEGI-2085-job").getId();
		cycle.untilTranslation(PLAN, "DEMO-STRATEGI-2084", 2084, List.of("hr"));
		Task hr = cycle.taskFor("nina", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, "DEMO-STRATEGI-2084-hr");
		cycle.complete("nina", hr, cycle.everyRow(hr, "focusArea", Map.of("action", "Vi gør det.", "notApplicable", false)));
		cycle.complete("karen", UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, "DEMO-STRATEGI-2084-hr",
				Map.of("unitPlanApproved", true));
		cycle.moveClockTo(LocalDate.of(2084, 6, 30));
		String status = cycle.taskFor("nina", FollowUpRoundProcess.USER_TASK_REPORT_STATUS,
				"DEMO-STRATEGI-2084").getId();
		cycle.resetClock();
		return new Fixtures("DEMO-STRATEGI-2088", draft, statement, decision, unitPlan, status);
	}

	private Case api(String name, HttpMethod method, String path, String body, String danish) {
		return new Case(name, () -> exchange(method, path, body, MediaType.APPLICATION_JSON, "olivia"), danish);
	}

	private Case form(String name, String user, String taskId, Map<String, Object> values, String... danish) {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((key, value) -> variables.put(key, CycleDriver.restValue(value)));
		return new Case(name, () -> {
			try {
				String body = new ObjectMapper()
					.writeValueAsString(Map.of("variables", variables));
				return exchange(HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form", body,
						MediaType.APPLICATION_JSON, user);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}, danish);
	}

	private Case page(String name, MockHttpServletRequestBuilder request, String danish) {
		return new Case(name, () -> {
			try {
				MvcResult result = mvc.perform(request).andReturn();
				return new Answer(result.getResponse().getStatus(), result.getResponse().getContentAsString());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}, danish);
	}

	private Answer exchange(HttpMethod method, String path, String body, MediaType type, String user) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
		ResponseEntity<String> response = web.withBasicAuth(user, "demo")
			.exchange(path, method, new HttpEntity<>(body, headers), String.class);
		return new Answer(response.getStatusCode().value(), response.getBody() == null ? "" : response.getBody());
	}

	private static String plan(String code, String title, int focusAreas) {
		StringBuilder areas = new StringBuilder();
		for (int i = 1; i <= focusAreas; i++) {
			areas.append(i > 1 ? "," : "").append("{\"priority\": ").append(i).append(", \"title\": \"Område ")
				.append(i).append("\", \"goals\": []}");
		}
		return """
				{ "code": "%s", "municipality": "Demo Kommune", "title": "%s", "year": 2087,
				  "kind": "ADMINISTRATIVE_STRATEGY", "focusAreas": [%s] }""".formatted(code, title, areas);
	}

	private Map<String, List<Map<String, Object>>> snapshot() {
		Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
		for (String table : TABLES) {
			tables.put(table, jdbc.queryForList("select * from " + table + " order by 1"));
		}
		return tables;
	}

}
