package dk.aarshjul.deadline;

import dk.aarshjul.notification.NotificationKind;
import dk.aarshjul.notification.TaskNotifier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The reminder before a task's deadline, to whoever holds it: {@code ${taskReminder}} on every user task. */
@Component("taskReminder")
class TaskReminder implements TaskListener {

	private final TaskNotifier notifier;

	TaskReminder(TaskNotifier notifier) {
		this.notifier = notifier;
	}

	@Override
	public void notify(DelegateTask task) {
		notifier.notify(task, NotificationKind.REMINDER, notifier.holdersOf(task), null);
	}

}
