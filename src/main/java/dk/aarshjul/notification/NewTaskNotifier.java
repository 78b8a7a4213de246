package dk.aarshjul.notification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Announces a new task to whoever may do it, unless {@code aarshjul.notification.new-tasks} is off. */
@Component
class NewTaskNotifier implements TaskListener {

	private final TaskNotifier notifier;

	private final NotificationProperties properties;

	NewTaskNotifier(TaskNotifier notifier, NotificationProperties properties) {
		this.notifier = notifier;
		this.properties = properties;
	}

	@Override
	public void notify(DelegateTask task) {
		if (properties.newTasks()) {
			notifier.notify(task, NotificationKind.NEW_TASK, notifier.holdersOf(task), null);
		}
	}

}
