package dk.aarshjul.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who completed a task, for the record: its assignee, or — when it was completed without being
 * claimed first, as the REST API allows — the user who submitted it.
 */
public final class TaskActor {

	private TaskActor() {
	}

	public static String of(DelegateTask task) {
		if (task.getAssignee() != null) {
			return task.getAssignee();
		}
		Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return current == null ? null : current.getUserId();
	}

}
