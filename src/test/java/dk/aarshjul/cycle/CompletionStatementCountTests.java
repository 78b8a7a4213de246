package dk.aarshjul.cycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * so a change that makes completions send more fails the build. Årshjul's bounds are the measured
 * counts, so that a cut, once made, stays made; the bare BPMN's completion in the same engine shows
 * what Camunda alone sends (its bound with some room).
 */
@H2Test
@Import(SqlRecorder.class)
class CompletionStatementCountTests {

	/**
	 * Measured 72 on H2 (writing a unit plan, five focus areas; the cycle's keys the audit trail reads
	 * once per node are read there anyway, for the review task's deadline): 85 while the organisation, the
	 * people, the failed-job incidents and the forms' display variables were read or written again
	 * for every task and the job log recorded every timer made; 102 while each action and each mail
	 * was an insert of its own and the six job definitions of the tasks' timers were read one by
	 * one; 105 before the called processes' waits were kept, 109 while every task got the plan's
	 * summary. A bare user task: 38.
	 */
	static final int MOST_STATEMENTS_PER_COMPLETION = 72;

	/**
	 * Approving the unit plan, which makes a journal entry: measured 89 on H2 (the journal reads
	 * the cycle anyway, so the audit trail's keys read once change nothing here; 90 in a build before, 99 before the changes
	 * above and the journal document's reads by id, 101 before the job definitions were read at
	 * once, 103 while every task got the plan's summary).
	 */
	static final int MOST_STATEMENTS_PER_JOURNALISED_COMPLETION = 89;

	/**
	 * Reporting a unit's status on every goal of the demo plan (nine): measured 74 on H2 (75 while the
	 * audit trail read the cycle's keys at every entry, 86 before
	 * the changes above), 100 while each goal's status and each mail was an insert of its own.
	 */
	static final int MOST_STATEMENTS_PER_STATUS_REPORT = 74;

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
				UnitTranslationProcess.Variables.APPROVED.with(true).and(UnitTranslationProcess.Variables.REVIEW_REASON, "Fin plan."));
		String approvalStatements = String.join("\n", sql.statements());
		cycle.startFollowUpRound(key, LocalDate.of(2054, 6, 30));
		Task report = cycle.statusReportOf(key, "job");
		RestTasks.Completion status = rest.complete("dorthe", report.getId(),
				cycle.everyRow(report, "goal", Map.of("light", "GREEN")));
		String statusStatements = String.join("\n", sql.statements());

		bareDeployment = repository.createDeployment().name("bare").addClasspathResource("bench/bare-user-tasks.bpmn")
			.deploy()
			.getId();
		String bareInstance = runtime.startProcessInstanceByKey("bareUserTasks").getId();
		Task first = tasks.createTaskQuery().processInstanceId(bareInstance).singleResult();
		rest.complete("mikkel", first.getId(), Map.of("answer", "ok"));
		Task second = tasks.createTaskQuery().processInstanceId(bareInstance).singleResult();
		RestTasks.Completion bare = rest.complete("mikkel", second.getId(), Map.of("answer", "ok"));

		dump("write-unit-plan", unitPlanStatements);
		dump("approve-unit-plan", approvalStatements);
		dump("report-status", statusStatements);
		System.out.printf(
				"SQL statements per completion: writing a unit plan %d, approving it (a journalised document) %d,"
						+ " reporting status %d, a bare user task %d%n",
				unitPlan.statements(), approval.statements(), status.statements(), bare.statements());
		assertThat(unitPlan.statements()).as("statements of writing a unit plan through submit-form:%n%s",
				unitPlanStatements).isLessThanOrEqualTo(MOST_STATEMENTS_PER_COMPLETION);
		assertThat(approval.statements()).as("statements of approving a unit plan through submit-form:%n%s",
				approvalStatements).isLessThanOrEqualTo(MOST_STATEMENTS_PER_JOURNALISED_COMPLETION);
		assertThat(status.statements()).as("statements of reporting status through submit-form:%n%s", statusStatements)
			.isLessThanOrEqualTo(MOST_STATEMENTS_PER_STATUS_REPORT);
		assertThat(bare.statements()).isPositive().isLessThanOrEqualTo(MOST_STATEMENTS_PER_BARE_COMPLETION);
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey(key + "-job").count())
			.as("both completions went through: the unit plan's phase has ended").isZero();
	}

	/** Kept under target/ so that whoever trims a completion can read where its statements go. */
	private static void dump(String name, String statements) {
		try {
			Path file = Path.of("target", "statements", name + ".sql");
			Files.createDirectories(file.getParent());
			Files.writeString(file, statements + "\n");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
