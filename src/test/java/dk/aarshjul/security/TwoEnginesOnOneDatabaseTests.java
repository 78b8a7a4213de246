package dk.aarshjul.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.AarshjulApplication;
import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.deadline.DeadlineChaseProcess;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.system.PostgresTest;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of Årshjul on one PostgreSQL database, as in production behind a load balancer: a
 * second application (engine "second") started on the database of the test context. Different
 * tasks of one cycle completed on both at once all succeed; the same task on both at once is won
 * by one, and the other is told who won; timers made due at once fire once, whichever node runs
 * them.
 */
@PostgresTest
class TwoEnginesOnOneDatabaseTests {

	private static final int YEAR = 2087;

	/* As many as the issue asks for: 30 pairs of different tasks, 50 or more of the same task, 200 or more timers. */
	private static final int CYCLES_OF_DIFFERENT_TASKS = 3;

	private static final int CYCLES_OF_THE_SAME_TASK = 7;

	private static final int CYCLES_OF_TIMERS = 7;

	private static ConfigurableApplicationContext secondNode;

	@Autowired
	TestRestTemplate web;

	@Autowired
	CycleDriver cycle;

	@Autowired
	Environment environment;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	StrategyPlanRepository plans;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate database;

	@LocalServerPort
	int port;

	private final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void startTheSecondNode() {
		if (secondNode == null) {
			// as arguments, which outrank the profiles' configuration files
			secondNode = new SpringApplicationBuilder(AarshjulApplication.class).profiles("demo", "test", "postgres")
				.run("--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
						"--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
						"--camunda.bpm.process-engine-name=second",
						"--camunda.bpm.generate-unique-process-engine-name=false",
						// the webapps keep JVM-wide state: once this node closed, another context's Tasklist
						// answered 500. The second node is reached through its engine REST API only.
						"--camunda.bpm.webapp.enabled=false");
		}
	}

	@AfterEach
	void resetClock() {
		cycle.resetClock();
	}

	@AfterAll
	static void stopTheSecondNode() {
		if (secondNode != null) {
			secondNode.close();
			secondNode = null;
		}
	}

	@Test
	void differentTasksOfOneCycleOnBothNodesAtOnceAllSucceed() throws Exception {
		for (int run = 1; run <= CYCLES_OF_DIFFERENT_TASKS; run++) {
			differentTasksOfOneCycleOnBothNodesAtOnce("TO-NODER-FORSKELLIGE-" + run);
		}
	}

	/** Ten pairs: five of unit plan reviews, five of status reports, one of each pair on each node. */
	private void differentTasksOfOneCycleOnBothNodesAtOnce(String code) throws Exception {
		String key = allUnitsTranslate(code);
		ConcurrentCompletionTests.UNITS.forEach(unit -> writeUnitPlan(key, unit));
		List<ResponseEntity<String>> answers = new ArrayList<>();

		for (int pair = 0; pair < units().size(); pair += 2) {
			String first = units().get(pair);
			String second = units().get(pair + 1);
			answers.addAll(Race.of(review(Node.FIRST, key, first, CycleDriver.reviewerOf(first)),
					review(Node.SECOND, key, second, CycleDriver.reviewerOf(second))));
		}
		cycle.startFollowUpRound(key, LocalDate.of(YEAR, 6, 30));
		for (int pair = 0; pair < units().size(); pair += 2) {
			answers.addAll(Race.of(statusReport(Node.FIRST, key, units().get(pair)),
					statusReport(Node.SECOND, key, units().get(pair + 1))));
		}

		assertThat(answers).as("%s", answers).hasSize(2 * units().size())
			.allSatisfy(answer -> assertThat(answer.getStatusCode().value()).isEqualTo(204));
		assertThat(database.queryForObject("select count(*) from status_report r join strategy_cycle c"
				+ " on c.plan_id = r.plan_id where c.business_key = ?", Integer.class, key)).isEqualTo(units().size());
	}

	@Test
	void theSameTaskOnBothNodesAtOnceIsWonByOneAndTheOtherIsToldWho() throws Exception {
		for (int run = 1; run <= CYCLES_OF_THE_SAME_TASK; run++) {
			theSameTasksOfOneCycleOnBothNodesAtOnce("TO-NODER-SAMME-" + run);
		}
	}

	/** Eight pairs: each core area's plan reviewed by two members of the management group, on a node each. */
	private void theSameTasksOfOneCycleOnBothNodesAtOnce(String code) throws Exception {
		String key = allUnitsTranslate(code);
		ConcurrentCompletionTests.UNITS.forEach(unit -> writeUnitPlan(key, unit));
		int pairs = 0;
		for (String unit : units()) {
			if (List.of("skoler", "dagtilbud").contains(unit)) {
				continue;
			}
			// two members of the management group, each on a node of their own
			List<ResponseEntity<String>> answers = Race.of(review(Node.FIRST, key, unit, "karen"),
					review(Node.SECOND, key, unit, "mikkel"));
			pairs++;

			assertThat(answers).extracting(answer -> answer.getStatusCode().value())
				.as("%s", answers)
				.containsExactlyInAnyOrder(204, 409);
			boolean karenWon = answers.get(0).getStatusCode().value() == 204;
			ResponseEntity<String> loser = answers.get(karenWon ? 1 : 0);
			assertThat(loser.getBody())
				.contains("Opgaven blev løst af " + (karenWon ? "Karen Dahl" : "Mikkel Storm") + " den ");
			assertThat(database.queryForList("select actor from audit_entry where business_key = ? and subject = ?"
					+ " and action = 'UNIT_PLAN_APPROVED'", String.class, key, unit))
				.as("the winner's review, once").containsExactly(karenWon ? "karen" : "mikkel");
		}
		assertThat(pairs).isEqualTo(8);
	}

	@Test
	void chaseRoundsOnBothNodesAtOnceTakeEachStepOnce() throws Exception {
		List<String> keys = new ArrayList<>();
		for (int run = 1; run <= CYCLES_OF_TIMERS; run++) {
			keys.add(allUnitsTranslate("TO-NODER-TIMERE-" + run));
		}
		// after the translation deadline's second escalation: every reminder and escalation is due
		ClockUtil.setCurrentTime(Date.from(LocalDate.of(YEAR, 6, 10).atTime(12, 0).atZone(WorkingTime.ZONE).toInstant()));
		List<String> rounds = new ArrayList<>();
		for (int round = 0; round < 2; round++) {
			String instance = runtime.startProcessInstanceByKey(DeadlineChaseProcess.KEY).getId();
			rounds.add(management.createJobQuery().processInstanceId(instance).singleResult().getId());
		}

		Race.of(List.of(round(management, rounds.get(0)),
				round(secondNode.getBean(ProcessEngine.class).getManagementService(), rounds.get(1))));

		keys.forEach(this::escalatedAndMailedOnce);
	}

	private void escalatedAndMailedOnce(String key) {
		assertThat(database.queryForObject("select count(*) from deadline_escalation e join strategy_cycle c"
				+ " on c.id = e.cycle_id where c.business_key = ?", Integer.class, key))
			.as("two escalations per task").isEqualTo(2 * units().size());
		assertThat(database.queryForList("select e.task_id from deadline_escalation e join strategy_cycle c"
				+ " on c.id = e.cycle_id where c.business_key = ? group by e.task_id, e.level having count(*) > 1",
				String.class, key)).as("no escalation doubled").isEmpty();
		assertThat(database.queryForList("select task_id from notification where business_key like ?"
				+ " group by task_id, kind, recipient_id having count(*) > 1", String.class, key + "%"))
			.as("no mail doubled").isEmpty();
		assertThat(database.queryForObject("select count(*) from notification where business_key like ?"
				+ " and kind = 'REMINDER'", Integer.class, key + "%")).isPositive();
	}

	private enum Node {

		FIRST, SECOND

	}

	/** Every job of the list, as a node's job executor would: a job the other node already ran is skipped. */
	private static Callable<Integer> round(ManagementService node, String job) {
		return () -> {
			node.executeJob(job);
			return 1;
		};
	}

	private static List<String> units() {
		return ConcurrentCompletionTests.UNITS;
	}

	private String allUnitsTranslate(String code) {
		if (plans.findByCodeAndYear(code, YEAR).isEmpty()) {
			PlanDocument demo = transfer.export(plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId());
			transfer.importDocument(new PlanDocument(code, demo.municipality(), demo.title() + " " + code,
					demo.introduction(), YEAR, demo.kind(), demo.periodFrom(), demo.periodTo(), demo.focusAreas()));
		}
		String key = code + "-" + YEAR;
		cycle.untilTranslation(code, key, YEAR, units());
		return key;
	}

	private void writeUnitPlan(String key, String unit) {
		String chief = cycle.chiefOf(unit);
		Task task = cycle.taskFor(chief, UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-" + unit);
		cycle.complete(chief, task, cycle.unitPlanOf(task, "Vi gør det konkret i " + unit + "."));
	}

	private Callable<ResponseEntity<String>> review(Node node, String key, String unit, String reviewer) {
		Task task = cycle.taskFor(reviewer, UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, key + "-" + unit);
		return () -> submit(node, reviewer, task.getId(), UnitTranslationProcess.Variables.APPROVED.with(true));
	}

	private Callable<ResponseEntity<String>> statusReport(Node node, String key, String unit) {
		Task task = cycle.statusReportOf(key, unit);
		Map<String, Object> report = cycle.everyRow(task, "goal", Map.of("light", "GREEN"));
		String chief = cycle.chiefOf(unit);
		return () -> submit(node, chief, task.getId(), report);
	}

	private ResponseEntity<String> submit(Node node, String user, String taskId, Map<String, Object> values)
			throws Exception {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((name, value) -> variables.put(name, CycleDriver.restValue(value)));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		String url = node == Node.FIRST ? "http://localhost:" + port + "/engine-rest/task/"
				: "http://localhost:" + secondNode.getEnvironment().getProperty("local.server.port")
						+ "/engine-rest/engine/second/task/";
		return web.withBasicAuth(user, "demo").postForEntity(url + taskId + "/submit-form",
				new HttpEntity<>(json.writeValueAsString(Map.of("variables", variables)), headers), String.class);
	}

}
