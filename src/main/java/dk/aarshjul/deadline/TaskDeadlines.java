package dk.aarshjul.deadline;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.engine.UserTasks;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The moments a task is chased, derived from its due date as it is now (so a calendar change that
 * moves the due date moves them too): the reminder the morning three working days before, the
 * first escalation the morning after the deadline's day, the second five working days later.
 */
@Component
public class TaskDeadlines {

	/** The steps of the chase, in order; a task is chased through them one after the other. */
	enum Step {

		REMINDER, FIRST_ESCALATION, SECOND_ESCALATION

	}

	private final WorkingTime time;

	private final DeadlineProperties properties;

	TaskDeadlines(WorkingTime time, DeadlineProperties properties) {
		this.time = time;
		this.properties = properties;
	}

	/** The task's due date as its model defines it, evaluated for this execution now. */
	public Date dueDate(DelegateExecution execution) {
		Date dueDate = UserTasks.dueDate(execution);
		if (dueDate == null) {
			throw new ProcessEngineException("User task " + execution.getCurrentActivityId() + " has no due date");
		}
		return dueDate;
	}

	public Date reminder(Date due) {
		return time.morning(WorkingTime.dayOf(due), -properties.reminderWorkingDays());
	}

	/** The morning after the deadline: the task is now late. */
	public Date firstEscalation(Date due) {
		return time.morning(WorkingTime.dayOf(due), 1);
	}

	public Date secondEscalation(Date due) {
		return time.morning(WorkingTime.dayOf(due), 1 + properties.secondEscalationWorkingDays());
	}

	/** The steps whose moment has come by {@code now}, from the given step on. */
	List<Step> dueSteps(Date due, Date now, int stepsDone, boolean escalates) {
		List<Step> steps = new ArrayList<>();
		for (Step step : Step.values()) {
			if (step.ordinal() < stepsDone || step != Step.REMINDER && !escalates) {
				continue;
			}
			if (moment(step, due).after(now)) {
				break;
			}
			steps.add(step);
		}
		return steps;
	}

	/** How far before its deadline a task may be due for its first step: what the chase looks at. */
	Date horizon(Date now) {
		return time.deadline(time.plusWorkingDays(WorkingTime.dayOf(now), properties.reminderWorkingDays() + 1));
	}

	private Date moment(Step step, Date due) {
		return switch (step) {
			case REMINDER -> reminder(due);
			case FIRST_ESCALATION -> firstEscalation(due);
			case SECOND_ESCALATION -> secondEscalation(due);
		};
	}

}
