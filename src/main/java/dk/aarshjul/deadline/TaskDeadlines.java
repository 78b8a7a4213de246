package dk.aarshjul.deadline;

import java.util.Date;

import dk.aarshjul.calendar.WorkingTime;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.calendar.DateTimeUtil;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * The moments a user task is chased, derived from its own due date, for the timeout listeners of
 * every user task: {@code ${taskDeadlines.reminder(execution)}}. Deriving them from the task's
 * due-date expression (instead of repeating it in three timers) keeps one source of truth: when a
 * process owner moves the calendar, recalculating the timers moves them with the due date.
 */
@Component("taskDeadlines")
public class TaskDeadlines {

	private final WorkingTime time;

	private final DeadlineProperties properties;

	TaskDeadlines(WorkingTime time, DeadlineProperties properties) {
		this.time = time;
		this.properties = properties;
	}

	/** The task's due date as its model defines it, evaluated for this execution now. */
	public Date dueDate(DelegateExecution execution) {
		Expression dueDate = ((UserTaskActivityBehavior) ((ExecutionEntity) execution).getActivity()
			.getActivityBehavior()).getTaskDefinition().getDueDateExpression();
		if (dueDate == null) {
			throw new ProcessEngineException("User task " + execution.getCurrentActivityId() + " has no due date");
		}
		Object value = dueDate.getValue(execution);
		return value instanceof Date date ? date : DateTimeUtil.parseDate(value.toString());
	}

	public Date reminder(DelegateExecution execution) {
		return time.morning(WorkingTime.dayOf(dueDate(execution)), -properties.reminderWorkingDays());
	}

	/** The morning after the deadline: the task is now late. */
	public Date firstEscalation(DelegateExecution execution) {
		return time.morning(WorkingTime.dayOf(dueDate(execution)), 1);
	}

	public Date secondEscalation(DelegateExecution execution) {
		return time.morning(WorkingTime.dayOf(dueDate(execution)), 1 + properties.secondEscalationWorkingDays());
	}

}
