package dk.aarshjul.notification;

import dk.aarshjul.task.UserTaskLifecycle;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Announces every new user task to whoever may do it, unless {@code aarshjul.notification.new-tasks}
 * is off. Ordered after the task is named in context, so that the mail carries its full name.
 */
@Component
@Order(10)
class NewTaskNotifier implements UserTaskLifecycle {

	private final TaskNotifier notifier;

	private final NotificationProperties properties;

	NewTaskNotifier(TaskNotifier notifier, NotificationProperties properties) {
		this.notifier = notifier;
		this.properties = properties;
	}

	@Override
	public void created(DelegateTask task) {
		if (properties.newTasks()) {
			notifier.notify(task, NotificationKind.NEW_TASK, notifier.holdersOf(task), null);
		}
	}

}
