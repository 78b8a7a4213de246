package dk.aarshjul.overview;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.aarshjul.approval.DecisionOutcome;
import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what with plans. Importing is for process owners and administrators; a draft is read
 * only by those who work on it at that point — the executive board that writes it, Hovedudvalget
 * while it is heard, the finance committee while it decides — and by process owners; to anyone
 * else a draft, its cycle's page, documents and trail are answered exactly as if they did not
 * exist, so nobody learns which plans and years are being prepared.
 */
abstract class PlanAccessTests {

	private static final String CODE = "ADGANG";

	@Autowired
	TestRestTemplate web;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CycleDriver cycle;

	@Test
	void onlyProcessOwnersAndAdministratorsImportPlansAndARefusalSavesNothing() throws Exception {
		long plans = count("strategy_plan");
		long audit = count("audit_entry");

		// the employee representative, and a director, send the code of the real plan for next year
		for (String user : List.of("peter", "sofie")) {
			ResponseEntity<String> refused = as(user).exchange("/api/plans", HttpMethod.POST,
					jsonBody(plan("DEMO-STRATEGI", 2062)), String.class);
			assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(json.readTree(refused.getBody()).path("title").asText())
				.isEqualTo("Kun procesejere og administratorer kan indlæse eller erstatte planer.");
		}
		assertThat(count("strategy_plan")).as("no plan saved").isEqualTo(plans);
		assertThat(count("audit_entry")).as("nothing in the trail").isEqualTo(audit);
		assertThat(jdbc.queryForObject("select count(*) from strategy_plan where code = 'DEMO-STRATEGI' and plan_year = 2062",
				Long.class)).isZero();

		ResponseEntity<String> imported = as("olivia").exchange("/api/plans", HttpMethod.POST,
				jsonBody(plan(CODE + "-IMPORT", 2062)), String.class);
		assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	@Test
	void aDraftIsReadByThoseWhoWorkOnItNowAndIsUnknownToEveryoneElse() throws Exception {
		long planId = importPlan(CODE, 2061);
		String key = CODE + "-2061";
		cycle.start("olivia", CycleDriver.calendar(CODE, 2061));

		// drafting: the board writes it; a politician and an employee representative do not know of it
		assertReads(planId, key, "karen", "olivia", "admin");
		assertUnknown(planId, key, "svend", "peter");

		// the hearing: Hovedudvalget reads it, the politicians still do not
		cycle.draftReady(key);
		assertReads(planId, key, "peter", "karen", "olivia");
		assertUnknown(planId, key, "svend", "ulrik");

		// before the politicians: Økonomiudvalget reads it; the hearing is over for Hovedudvalget
		cycle.complete("rikke", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key,
				MedConsultationProcess.Variables.STATEMENT.with("Ingen bemærkninger."));
		cycle.complete("karen", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, key,
				MedConsultationProcess.Variables.STATEMENT_ANSWER.with("Taget til efterretning."));
		assertReads(planId, key, "svend", "tove", "olivia");
		assertUnknown(planId, key, "peter", "ulrik");

		// decided: the plan is no draft, anyone signed in reads it
		cycle.decide("svend", key, DecisionOutcome.APPROVED, null);
		assertThat(cycle.sees("karen", StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS, key)).isTrue();
		for (String user : List.of("peter", "ulrik", "lene")) {
			assertThat(as(user).getForEntity("/api/plans/" + planId, String.class).getStatusCode()).as(user)
				.isEqualTo(HttpStatus.OK);
			assertThat(listed(user)).as(user).contains(planId);
		}
	}

	@Test
	void anUnknownAndAForbiddenCycleAreAnsweredAlike() throws Exception {
		long planId = importPlan(CODE, 2063);
		String key = CODE + "-2063";
		String unknown = CODE + "-1963";
		cycle.start("olivia", CycleDriver.calendar(CODE, 2063));

		for (String path : List.of("/api/cycles/%s", "/api/cycles/%s/audit", "/api/cycles/%s/audit.csv", "/aarshjul/%s",
				"/aarshjul/%s/dagsorden.pdf", "/aarshjul/%s/plan.docx", "/aarshjul/%s/handleplan/skoler.docx",
				"/aarshjul/%s/status/2063-06-30.pdf")) {
			ResponseEntity<String> forbidden = as("svend").getForEntity(path.formatted(key), String.class);
			ResponseEntity<String> missing = as("svend").getForEntity(path.formatted(unknown), String.class);
			assertThat(forbidden.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(missing.getStatusCode()).as(path).isEqualTo(forbidden.getStatusCode());
			assertThat(sameBody(missing, unknown)).as(path).isEqualTo(sameBody(forbidden, key));
		}
		ResponseEntity<String> forbidden = as("svend").getForEntity("/api/plans/" + planId, String.class);
		ResponseEntity<String> missing = as("svend").getForEntity("/api/plans/987654321", String.class);
		assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(missing.getStatusCode()).isEqualTo(forbidden.getStatusCode());
		assertThat(withoutInstance(missing)).isEqualTo(withoutInstance(forbidden));
		assertThat(as("olivia").getForEntity("/api/cycles/" + key, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private void assertReads(long planId, String key, String... users) {
		for (String user : users) {
			assertThat(as(user).getForEntity("/api/plans/" + planId, String.class).getStatusCode()).as(user)
				.isEqualTo(HttpStatus.OK);
			assertThat(listed(user)).as(user).contains(planId);
			assertThat(as(user).getForEntity("/api/cycles/" + key, String.class).getStatusCode()).as(user)
				.isEqualTo(HttpStatus.OK);
		}
	}

	private void assertUnknown(long planId, String key, String... users) throws Exception {
		for (String user : users) {
			ResponseEntity<String> draft = as(user).getForEntity("/api/plans/" + planId, String.class);
			ResponseEntity<String> nothing = as(user).getForEntity("/api/plans/987654321", String.class);
			assertThat(draft.getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(withoutInstance(draft)).as(user).isEqualTo(withoutInstance(nothing));
			assertThat(listed(user)).as(user).doesNotContain(planId);
			assertThat(as(user).getForEntity("/", String.class).getBody()).as(user).doesNotContain("Adgangsplanen " + key);
			assertThat(as(user).getForEntity("/api/cycles/" + key, String.class).getStatusCode()).as(user)
				.isEqualTo(HttpStatus.NOT_FOUND);
		}
	}

	private List<Long> listed(String user) {
		JsonNode list = read(as(user).getForEntity("/api/plans", String.class).getBody());
		return StreamSupport.stream(list.spliterator(), false).map(plan -> plan.path("id").asLong()).toList();
	}

	private long importPlan(String code, int year) throws Exception {
		ResponseEntity<String> imported = as("olivia").exchange("/api/plans", HttpMethod.POST, jsonBody(plan(code, year)),
				String.class);
		assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.CREATED);
		return read(imported.getBody()).path("id").asLong();
	}

	/** The demo plan under another code and year, with a title of its own. */
	private String plan(String code, int year) throws Exception {
		ObjectNode plan = (ObjectNode) json.readTree(
				new ClassPathResource("demo/holbaek-strategiplan-2017.json").getContentAsString(StandardCharsets.UTF_8));
		plan.put("code", code).put("year", year).put("title", "Adgangsplanen " + code + "-" + year)
			.put("periodFrom", year + "-01-01");
		// goals due within the plan's period, as drafting asks
		plan.path("focusAreas").forEach(area -> area.path("goals")
			.forEach(goal -> ((ObjectNode) goal).put("dueDate", year + "-12-31")));
		return json.writeValueAsString(plan);
	}

	private TestRestTemplate as(String user) {
		return web.withBasicAuth(user, "demo");
	}

	private static HttpEntity<String> jsonBody(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	/**
	 * The answer with what differs from one request to the next left out: the address asked for
	 * (which the asker knows already), the moment, and the page's CSRF token.
	 */
	private static String sameBody(ResponseEntity<String> answer, String key) {
		return answer.getBody() == null ? ""
				: answer.getBody()
					.replace(key, "<nøgle>")
					.replaceAll("\"timestamp\":\"[^\"]*\"", "")
					.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	private String withoutInstance(ResponseEntity<String> answer) throws Exception {
		ObjectNode body = (ObjectNode) json.readTree(answer.getBody());
		body.remove("instance");
		return body.toString();
	}

	private JsonNode read(String body) {
		try {
			return json.readTree(body);
		}
		catch (Exception ex) {
			throw new IllegalStateException(body, ex);
		}
	}

}
