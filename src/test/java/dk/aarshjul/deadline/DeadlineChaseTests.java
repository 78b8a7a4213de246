package dk.aarshjul.deadline;

import java.time.LocalDate;
import java.util.List;

import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chase takes each step of a task once, however many rounds run: a round at the same moment
 * again sends no second reminder; the next step waits for its own moment; a task that is done
 * leaves the chase's records.
 */
@H2Test
class DeadlineChaseTests {

	@Autowired
	CycleDriver cycle;

	@Autowired
	TaskDeadlines deadlines;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void backToRealTime() {
		cycle.resetClock();
	}

	@Test
	void eachStepOnceWhateverTheRoundsThenTheRecordGoesWithTheTask() {
		String key = "DEMO-STRATEGI-2015";
		cycle.untilTranslation("DEMO-STRATEGI", key, 2015, List.of("job"));
		Task task = cycle.taskFor(cycle.chiefOf("job"), UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-job");
		LocalDate reminderDay = WorkingTime.dayOf(deadlines.reminder(task.getDueDate()));

		cycle.moveClockTo(reminderDay.minusDays(1));
		assertThat(mails(task, "REMINDER")).as("not before its morning").isZero();

		cycle.moveClockTo(reminderDay);
		cycle.moveClockTo(reminderDay);
		assertThat(mails(task, "REMINDER")).as("one reminder, two rounds").isPositive().isEqualTo(recipients(task));
		assertThat(mails(task, "ESCALATION")).isZero();
		assertThat(stepsDone(task)).containsExactly(1);

		cycle.complete(cycle.chiefOf("job"), task, cycle.unitPlanOf(task, "Vi gør det"));
		cycle.moveClockTo(reminderDay.plusDays(1));
		assertThat(stepsDone(task)).as("a task that is done leaves the chase").isEmpty();
	}

	private int mails(Task task, String kind) {
		return jdbc.queryForObject("select count(*) from notification where task_id = ? and kind = ?", Integer.class,
				task.getId(), kind);
	}

	private int recipients(Task task) {
		return jdbc.queryForObject("select count(distinct recipient_id) from notification where task_id = ? and kind = ?",
				Integer.class, task.getId(), "REMINDER");
	}

	private List<Integer> stepsDone(Task task) {
		return jdbc.queryForList("select steps_done from task_chase where task_id = ?", Integer.class, task.getId());
	}

}
