package dk.aarshjul.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.aarshjul.approval.DecisionOutcome;
import dk.aarshjul.approval.PoliticalApprovalProcess;
import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.cycle.StrategyCycleProcess;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.translation.UnitTranslationProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Årshjul in a JVM of its own on PostgreSQL, killed with SIGKILL in the middle of the units'
 * translation and again during a burst of completions, both times while its job executor holds
 * mail jobs on a mail server that does not answer. After each restart every completion that was
 * answered 204 is there whole, no unit plan is half saved, and the mails that were waiting go
 * out within a minute — each once as far as a mail client can tell (one {@code Message-ID}).
 */
class CrashRecoveryTests {

	private static final String NODE = "crash-test-node";

	private static final String PLAN = "DEMO-STRATEGI";

	/** Every unit of Demo Kommune, with the chief who writes its plan. */
	private static final Map<String, String> CHIEFS = chiefs("laering=anders", "skoler=birgit", "dagtilbud=carsten",
			"job=dorthe", "sundhed=frida", "handicap=hanne", "faellesskab=ida", "vaekst=jonas", "oekonomi=martin",
			"hr=nina");

	private static final Duration MAIL_WAIT = Duration.ofSeconds(60);

	private final ObjectMapper json = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private GreenMail mailServer;

	private StallingSmtpRelay relay;

	private String jdbcUrl;

	private AppProcess app;

	private int starts;

	@BeforeEach
	void databaseAndMailServer() throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgresInitializer.server();
		String database = "aarshjul_crash_" + System.currentTimeMillis();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + database);
		}
		jdbcUrl = postgres.getJdbcUrl("postgres", database);
		mailServer = new GreenMail(new ServerSetup(AppProcess.freePort(), "127.0.0.1", "smtp"));
		mailServer.start();
		relay = new StallingSmtpRelay(mailServer.getSmtp().getPort());
	}

	@AfterEach
	void stopEverything() throws Exception {
		if (app != null) {
			app.close();
		}
		relay.close();
		mailServer.stop();
	}

	@Test
	// Only a guard against a hang: the claims have their own waits. Three app JVMs start here, and
	// on a loaded 2-core machine each start alone took over a minute (4 minutes timed out mid-run).
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	void killedDuringTranslationAndDuringABurstOfCompletionsItLosesNothingAndSendsThePendingMails() throws Exception {
		app = startApp();
		Map<String, Integer> years = Map.of("DEMO-STRATEGI-2031", 2031, "DEMO-STRATEGI-2032", 2032,
				"DEMO-STRATEGI-2033", 2033);
		String translating = "DEMO-STRATEGI-2031";
		List<String> burst = List.of("DEMO-STRATEGI-2032", "DEMO-STRATEGI-2033");
		Map<String, Map<String, String>> tasks = new LinkedHashMap<>();
		for (Map.Entry<String, Integer> cycle : new TreeMap<>(years).entrySet()) {
			untilTranslation(cycle.getKey(), cycle.getValue());
			tasks.put(cycle.getKey(), unitPlanTasks(cycle.getKey()));
		}
		Map<String, Set<String>> answered = new LinkedHashMap<>();
		tasks.keySet().forEach(key -> answered.put(key, ConcurrentHashMap.newKeySet()));
		awaitEveryMailSent();

		// in the middle of translation: four units have handed in, six are handing in when the node dies
		List<String> units = new ArrayList<>(CHIEFS.keySet());
		for (String unit : units.subList(0, 4)) {
			assertThat(handIn(translating, unit, tasks.get(translating).get(unit))).isEqualTo(204);
			answered.get(translating).add(unit);
		}
		awaitEveryMailSent();
		relay.stall();
		ExecutorService translators = Executors.newFixedThreadPool(3);
		for (String unit : units.subList(4, units.size())) {
			translators.submit(() -> handInIfAnswered(translating, unit, tasks.get(translating), answered.get(translating)));
		}
		awaitAtMost(Duration.ofSeconds(8), () -> lockedJobs() > 0);
		killWithMailJobsLocked();
		translators.shutdownNow();

		relay.pass();
		app = startApp();
		assertEveryUnitPlanWholeOrUntouched(translating, years.get(translating), tasks.get(translating),
				answered.get(translating));
		assertThat(openUnitPlanTasks(translating)).as("the node died in the middle of translation").isPositive();
		assertPendingMailsSentOnceEachWithinAMinute();

		// a burst: twenty units' plans of two cycles handed in by five people at a time; the node dies after the third answer
		relay.stall();
		ExecutorService everyone = Executors.newFixedThreadPool(5);
		for (String unit : units) {
			for (String key : burst) {
				everyone.submit(() -> handInIfAnswered(key, unit, tasks.get(key), answered.get(key)));
			}
		}
		awaitAtMost(Duration.ofSeconds(8), () -> lockedJobs() > 0 && answered(burst, answered) > 0);
		// a stalled mail job gives up after the SMTP timeout (10 s) and then waits five minutes to retry:
		// the node must die holding it, so it waits for more answers only a little while
		awaitAtMost(Duration.ofSeconds(4), () -> answered(burst, answered) >= 3);
		killWithMailJobsLocked();
		everyone.shutdownNow();
		assertThat(answered(burst, answered)).as("answered before the kill").isPositive();

		relay.pass();
		app = startApp();
		for (String key : tasks.keySet()) {
			assertEveryUnitPlanWholeOrUntouched(key, years.get(key), tasks.get(key), answered.get(key));
		}
		assertThat(openUnitPlanTasks(burst.get(0)) + openUnitPlanTasks(burst.get(1)))
			.as("the node died in the middle of the burst").isPositive();
		assertPendingMailsSentOnceEachWithinAMinute();
	}

	private static int answered(List<String> keys, Map<String, Set<String>> answered) {
		return keys.stream().mapToInt(key -> answered.get(key).size()).sum();
	}

	private int openUnitPlanTasks(String key) {
		return count("select count(*) from act_ru_task where task_def_key_ = 'userTask_writeUnitPlan'"
				+ " and proc_inst_id_ in (select proc_inst_id_ from act_ru_execution where business_key_ like ?)",
				key + "-%");
	}

	/** As in production: no test profile, so the job executor runs (it is on unless switched off). */
	private AppProcess startApp() throws Exception {
		return AppProcess.start("crash-recovery-" + (++starts),
				List.of("spring.profiles.active=demo,postgres", "spring.datasource.url=" + jdbcUrl,
						"spring.datasource.username=postgres", "spring.datasource.password=",
						"spring.mail.host=127.0.0.1", "spring.mail.port=" + relay.port(),
						"aarshjul.node.id=" + NODE,
						"aarshjul.notification.base-url=https://aarshjul.example.dk",
						// a mail per task, so that the burst of completions leaves mail jobs to be killed with
						"aarshjul.notification.busy-leaders-digest=false"));
	}

	private void killWithMailJobsLocked() throws Exception {
		app.kill();
		int locked = lockedJobs();
		System.out.printf("Killed the node with %d mail job(s) locked and %d mail(s) waiting%n", locked,
				count("select count(*) from notification where sent_at is null"));
		assertThat(locked).as("mail jobs were locked by the node when it died").isPositive();
		assertThat(count("select count(*) from act_ru_job where lock_owner_ = ?", NODE)).as("locked under the node's id")
			.isEqualTo(locked);
	}

	// ---- what the people do, through the REST API as Tasklist does

	private void untilTranslation(String key, int year) throws Exception {
		HttpResponse<String> started = post("olivia", "/api/cycles", """
				{ "planCode": "%s", "cycleYear": %d, "draftingDeadline": "%d-01-15",
				  "consultationDeadline": "%d-02-01", "financeCommitteeMeeting": "%d-02-20",
				  "translationDeadline": "%d-04-30", "followUpDates": ["%d-06-30", "%d-12-31"], "periodEnd": "%d-12-31" }
				""".formatted(PLAN, year, year, year, year, year, year, year, year));
		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		complete("karen", key, DraftingProcess.USER_TASK_DRAFT_PLAN, Map.of());
		complete("anders", key, DraftingProcess.USER_TASK_COMMENT_DRAFT,
				DraftingProcess.Variables.MANAGEMENT_COMMENT.with("Fint udkast."));
		complete("karen", key, DraftingProcess.USER_TASK_MARK_DRAFT_READY, DraftingProcess.Variables.READY.with(true));
		complete("rikke", key, MedConsultationProcess.USER_TASK_GIVE_STATEMENT,
				MedConsultationProcess.Variables.STATEMENT.with("Ingen bemærkninger."));
		complete("karen", key, MedConsultationProcess.USER_TASK_ANSWER_STATEMENT,
				MedConsultationProcess.Variables.STATEMENT_ANSWER.with("Taget til efterretning."));
		complete("svend", key, PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN,
				PoliticalApprovalProcess.Variables.DECISION.with(DecisionOutcome.APPROVED));
		complete("karen", key, StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS,
				StrategyCycleProcess.Variables.TRANSLATING_UNITS.with(json.writeValueAsString(CHIEFS.keySet())));
	}

	private void complete(String user, String key, String taskKey, Map<String, Object> values) throws Exception {
		String taskId = taskId(user, key, taskKey);
		HttpResponse<String> answer = submit(user, taskId, values);
		assertThat(answer.statusCode()).as("%s %s: %s", user, taskKey, answer.body()).isEqualTo(204);
	}

	private Map<String, String> unitPlanTasks(String key) throws Exception {
		Map<String, String> tasks = new LinkedHashMap<>();
		for (Map.Entry<String, String> unit : CHIEFS.entrySet()) {
			tasks.put(unit.getKey(),
					taskId(unit.getValue(), key + "-" + unit.getKey(),
							UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN));
		}
		return tasks;
	}

	private String taskId(String user, String businessKey, String taskKey) throws Exception {
		HttpResponse<String> found = get(user, "/engine-rest/task?taskDefinitionKey=" + taskKey
				+ "&processInstanceBusinessKey=" + businessKey);
		JsonNode tasks = json.readTree(found.body());
		assertThat(tasks).as("%s sees one %s of %s: %s", user, taskKey, businessKey, found.body()).hasSize(1);
		return tasks.get(0).get("id").asText();
	}

	private int handIn(String key, String unit, String taskId) throws Exception {
		// the write-unit-plan form's rows: one per focus area, in priority order, as one JSON variable
		List<Map<String, Object>> rows = new ArrayList<>();
		List<String> ids = list("select id from focus_area where plan_id = (select plan_id from strategy_cycle"
				+ " where business_key = ?) order by priority", key);
		for (int slot = 1; slot <= ids.size(); slot++) {
			rows.add(Map.of("focusAreaId", Long.valueOf(ids.get(slot - 1)), "action", action(key, unit, slot),
					"notApplicable", false));
		}
		return submit(CHIEFS.get(unit), taskId, Map.of("unitPlan", json.writeValueAsString(rows))).statusCode();
	}

	/** Hands in the unit's plan; the unit counts as handed in only when the answer came (204). */
	private void handInIfAnswered(String key, String unit, Map<String, String> tasks, Set<String> answered) {
		try {
			if (handIn(key, unit, tasks.get(unit)) == 204) {
				answered.add(unit);
			}
		}
		catch (Exception noAnswer) {
			// the node died before it answered
		}
	}

	private static String action(String key, String unit, int slot) {
		return "Indsats " + slot + " for " + unit + " i " + key + ".";
	}

	private HttpResponse<String> submit(String user, String taskId, Map<String, Object> values) throws Exception {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		return post(user, "/engine-rest/task/" + taskId + "/submit-form",
				json.writeValueAsString(Map.of("variables", variables)));
	}

	private HttpResponse<String> post(String user, String path, String body) throws Exception {
		return http.send(request(user, path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String user, String path) throws Exception {
		return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String user, String path) {
		URI uri = app.uri(path);
		String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + credentials);
	}

	// ---- what the database holds after the restart

	/**
	 * A unit plan is handed in whole — the task completed, every focus area answered with what was
	 * sent, one audit entry — or not at all: the task still open, nothing saved. Every plan that
	 * was answered 204 is handed in.
	 */
	private void assertEveryUnitPlanWholeOrUntouched(String key, int year, Map<String, String> tasks,
			Set<String> answered) throws Exception {
		int focusAreas = focusAreas(key);
		System.out.printf("%s after the restart: %d unit plan(s) answered 204, %d handed in, of %d%n", key,
				answered.size(), count("select count(*) from unit_plan where cycle_year = ? and status = 'SUBMITTED'", year),
				tasks.size());
		for (Map.Entry<String, String> unitTask : tasks.entrySet()) {
			String unit = unitTask.getKey();
			String taskId = unitTask.getValue();
			boolean completed = exists("select 1 from act_hi_taskinst where id_ = ? and end_time_ is not null", taskId);
			String status = single("select status from unit_plan where unit_id = ? and cycle_year = ?", unit, year);
			List<String> actions = list("select e.action from unit_plan_entry e join unit_plan p on p.id = e.unit_plan_id"
					+ " where p.unit_id = ? and p.cycle_year = ? order by e.action", unit, year);
			int audited = count("select count(*) from audit_entry where action = 'UNIT_PLAN_SUBMITTED' and subject = ?"
					+ " and business_key like ?", unit, key + "%");
			if (answered.contains(unit)) {
				assertThat(completed).as("%s in %s was answered 204", unit, key).isTrue();
			}
			if (completed) {
				List<String> sent = new ArrayList<>();
				for (int slot = 1; slot <= focusAreas; slot++) {
					sent.add(action(key, unit, slot));
				}
				assertThat(status).as("%s in %s", unit, key).isEqualTo("SUBMITTED");
				assertThat(actions).as("%s's plan in %s, whole", unit, key).containsExactlyInAnyOrderElementsOf(sent);
				assertThat(audited).as("%s's hand-in in the audit trail", unit).isOne();
				assertThat(exists("select 1 from act_ru_task where id_ = ?", taskId)).isFalse();
			}
			else {
				assertThat(status).as("%s in %s, not handed in", unit, key).isEqualTo("DRAFT");
				assertThat(actions).as("%s in %s: nothing half saved", unit, key).isEmpty();
				assertThat(audited).isZero();
				assertThat(exists("select 1 from act_ru_task where id_ = ?", taskId)).as("the task is still open").isTrue();
			}
		}
	}

	/** Every notification ever written is sent within a minute, and reaches the mail server under its own Message-ID. */
	private void assertPendingMailsSentOnceEachWithinAMinute() throws Exception {
		awaitEveryMailSent();
		Set<String> messageIds = Arrays.stream(mailServer.getReceivedMessages())
			.map(CrashRecoveryTests::messageId)
			.collect(Collectors.toSet());
		List<String> notifications = list("select cast(id as varchar) from notification");
		assertThat(messageIds).as("one Message-ID per notification, however often it was sent")
			.hasSameSizeAs(notifications);
		for (String id : notifications) {
			assertThat(messageIds).as("notification %s reached the mail server", id)
				.anyMatch(messageId -> messageId.startsWith("<" + id + ".") && messageId.endsWith("@aarshjul.example.dk>"));
		}
	}

	private void awaitEveryMailSent() throws Exception {
		awaitAtMost(MAIL_WAIT, () -> count("select count(*) from notification where sent_at is null") == 0);
		assertThat(count("select count(*) from notification where sent_at is null")).as("mails still waiting after %s",
				MAIL_WAIT).isZero();
	}

	private int lockedJobs() {
		return count("select count(*) from act_ru_job where lock_owner_ is not null");
	}

	private int focusAreas(String key) {
		return count("select count(*) from focus_area where plan_id = (select plan_id from strategy_cycle where business_key = ?)",
				key);
	}

	private static void awaitAtMost(Duration timeout, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
	}

	private boolean exists(String sql, Object... parameters) {
		return !list(sql, parameters).isEmpty();
	}

	private int count(String sql, Object... parameters) {
		return Integer.parseInt(single(sql, parameters));
	}

	private String single(String sql, Object... parameters) {
		List<String> rows = list(sql, parameters);
		assertThat(rows).as(sql).hasSize(1);
		return rows.get(0);
	}

	private List<String> list(String sql, Object... parameters) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl);
				PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			List<String> rows = new ArrayList<>();
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					rows.add(result.getString(1));
				}
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	private static String messageId(MimeMessage mail) {
		try {
			return mail.getMessageID();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> chiefs(String... unitChiefs) {
		Map<String, String> chiefs = new LinkedHashMap<>();
		for (String unitChief : unitChiefs) {
			String[] pair = unitChief.split("=");
			chiefs.put(pair[0], pair[1]);
		}
		return chiefs;
	}

}
