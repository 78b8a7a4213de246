package dk.aarshjul.cycle;

import java.util.List;
import java.util.Map;

import dk.aarshjul.system.H2Test;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast check of what a completion costs (the figures are CompletionBenchmark's): completing a
 * task through the engine REST API's submit-form sends at most a bounded number of SQL statements,
 * so a change that makes completions send many more fails the build. The bounds are the measured
 * counts with some room; the bare BPMN's completion in the same engine shows what Camunda alone sends.
 */
@H2Test
@Import(SqlRecorder.class)
class CompletionStatementCountTests {

	/**
	 * Measured 102 on H2 (writing a unit plan, five focus areas; 105 before the called processes' waits
	 * were kept, which takes 4 more per transaction, and 109 while every task got the plan's summary,
	 * also the many whose form does not show it) and 36 for a bare user task.
	 */
	static final int MOST_STATEMENTS_PER_COMPLETION = 105;

	/**
	 * Approving the unit plan, which makes a journal entry: measured 101 on H2 (103 while every task got the plan's summary), the first of its kind
	 * in the engine (median in the PostgreSQL benchmark 86, and 102 while the entry read the plan
	 * page's whole record).
	 */
	static final int MOST_STATEMENTS_PER_JOURNALISED_COMPLETION = 104;

	static final int MOST_STATEMENTS_PER_BARE_COMPLETION = 40;

	@Autowired
	TestRestTemplate web;

	@Autowired
	SqlRecorder sql;

	@Autowired
	CycleDriver cycle;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	RepositoryService repository;

	private String bareDeployment;

	@AfterEach
	void resetClock() {
		cycle.resetClock();
		if (bareDeployment != null) {
			// other tests in this context take every deployed model for Årshjul's
			repository.deleteDeployment(bareDeployment, true);
		}
	}

	@Test
	void aCompletionThroughSubmitFormSendsABoundedNumberOfStatements() {
		String key = "DEMO-STRATEGI-2054";
		cycle.untilTranslation("DEMO-STRATEGI", key, 2054, List.of("job"));
		RestTasks rest = new RestTasks(web, sql);

		Task write = cycle.taskFor("dorthe", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-job");
		RestTasks.Completion unitPlan = rest.complete("dorthe", write.getId(), cycle.unitPlanOf(write, "Vi gør det."));
		String unitPlanStatements = String.join("\n", sql.statements());
		Task review = cycle.taskFor(CycleDriver.reviewerOf("job"), UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN,
				key + "-job");
		RestTasks.Completion approval = rest.complete(CycleDriver.reviewerOf("job"), review.getId(),
				Map.of("unitPlanApproved", true, "reviewReason", "Fin plan."));
		String approvalStatements = String.join("\n", sql.statements());

		bareDeployment = repository.createDeployment().name("bare").addClasspathResource("bench/bare-user-tasks.bpmn")
			.deploy()
			.getId();
		String bareInstance = runtime.startProcessInstanceByKey("bareUserTasks").getId();
		Task first = tasks.createTaskQuery().processInstanceId(bareInstance).singleResult();
		rest.complete("mikkel", first.getId(), Map.of("answer", "ok"));
		Task second = tasks.createTaskQuery().processInstanceId(bareInstance).singleResult();
		RestTasks.Completion bare = rest.complete("mikkel", second.getId(), Map.of("answer", "ok"));

		System.out.printf(
				"SQL statements per completion: writing a unit plan %d, approving it (a journalised document) %d,"
						+ " a bare user task %d%n",
				unitPlan.statements(), approval.statements(), bare.statements());
		assertThat(unitPlan.statements()).as("statements of writing a unit plan through submit-form:%n%s",
				unitPlanStatements).isLessThanOrEqualTo(MOST_STATEMENTS_PER_COMPLETION);
		assertThat(approval.statements()).as("statements of approving a unit plan through submit-form:%n%s",
				approvalStatements).isLessThanOrEqualTo(MOST_STATEMENTS_PER_JOURNALISED_COMPLETION);
		assertThat(bare.statements()).isPositive().isLessThanOrEqualTo(MOST_STATEMENTS_PER_BARE_COMPLETION);
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey(key + "-job").count())
			.as("both completions went through: the unit plan's phase has ended").isZero();
	}

}
