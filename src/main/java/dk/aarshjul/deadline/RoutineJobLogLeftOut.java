package dk.aarshjul.deadline;

import dk.aarshjul.notification.NotificationProcess;
import dk.aarshjul.engine.HistoryLeftOut;
import dk.aarshjul.engine.JobTypes;
import org.springframework.stereotype.Component;

/**
 * Two kinds of job-log entry that every completion made and nobody reads: that a task's reminder
 * and escalation timers were created (three per task) and deleted again when the task was done in
 * time, and that a mail job was queued (the notification row says when). What an operator looks
 * for stays: every failure of a job, with its stack trace, and every success — a reminder sent, an
 * escalation made, a mail delivered. One insert fewer in almost every completion, and a job log
 * that grows with what happened, not with every task.
 */
@Component
class RoutineJobLogLeftOut implements HistoryLeftOut {

	@Override
	public boolean leavesOutJobLog(String handlerType, String processDefinitionKey, boolean created) {
		boolean deadlineTimer = JobTypes.TASK_LISTENER_TIMER.equals(handlerType);
		boolean mail = NotificationProcess.KEY.equals(processDefinitionKey);
		return deadlineTimer || mail && created;
	}

}
