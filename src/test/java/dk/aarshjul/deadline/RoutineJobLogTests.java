package dk.aarshjul.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job log keeps what happened to a task's chasing and its mails, not that their jobs were
 * made: a reminder that fired is logged as a success, the timers themselves and the mails' jobs
 * leave no creation entry, and the timers deleted with a task done in time no deletion entry.
 */
@H2Test
class RoutineJobLogTests {

	@Autowired
	CycleDriver cycle;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@AfterEach
	void backToRealTime() {
		cycle.resetClock();
	}

	@Test
	void aFiredReminderIsLoggedAndTheTimersAndMailJobsBeingMadeAreNot() {
		String key = "DEMO-STRATEGI-2043";
		cycle.untilTranslation("DEMO-STRATEGI", key, 2043, List.of("skoler"));
		Task task = cycle.taskFor("birgit", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-skoler");
		List<Job> timers = management.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers()
			.orderByJobDuedate().asc().list();
		assertThat(timers).as("reminder and two escalations").hasSize(3);
		cycle.runDueJobs();

		Job reminder = timers.get(0);
		cycle.moveClockTo(LocalDate.ofInstant(reminder.getDuedate().toInstant(), ZoneId.of("Europe/Copenhagen")));

		assertThat(logOf(reminder.getId())).extracting(HistoricJobLog::isSuccessLog).containsExactly(true);
		assertThat(logOf(timers.get(1).getId())).as("an escalation not yet due").isEmpty();
		assertThat(history.createHistoricJobLogQuery().processDefinitionKey("notification").successLog().count())
			.as("the mails were sent").isPositive();
		assertThat(history.createHistoricJobLogQuery().processDefinitionKey("notification").creationLog().count())
			.isZero();

		cycle.complete("birgit", cycle.taskFor("birgit", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN,
				key + "-skoler"), cycle.unitPlanOf(task, "Vi gør det"));

		assertThat(logOf(timers.get(1).getId())).as("deleted with its task, in time").isEmpty();
		assertThat(history.createHistoricJobLogQuery().processInstanceId(task.getProcessInstanceId()).creationLog().count())
			.isZero();
	}

	private List<HistoricJobLog> logOf(String jobId) {
		return history.createHistoricJobLogQuery().jobId(jobId).list();
	}

}
