package dk.aarshjul.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job log keeps what happened to a task's mails, not that their jobs were made: a mail sent is
 * logged as a success, its job leaves no creation entry; a task has no timers of its own to log.
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
	void aSentMailIsLoggedAndItsJobBeingMadeIsNot() {
		String key = "DEMO-STRATEGI-2013";
		cycle.untilTranslation("DEMO-STRATEGI", key, 2013, List.of("skoler"));
		Task task = cycle.taskFor("birgit", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-skoler");
		assertThat(management.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers().count())
			.as("no timers of its own").isZero();

		cycle.moveClockTo(LocalDate.ofInstant(task.getDueDate().toInstant(), ZoneId.of("Europe/Copenhagen")));

		assertThat(history.createHistoricJobLogQuery().processDefinitionKey("notification").successLog().count())
			.as("the mails were sent").isPositive();
		assertThat(history.createHistoricJobLogQuery().processDefinitionKey("notification").creationLog().count())
			.isZero();
		assertThat(history.createHistoricJobLogQuery().processInstanceId(task.getProcessInstanceId()).count())
			.isZero();
	}

}
