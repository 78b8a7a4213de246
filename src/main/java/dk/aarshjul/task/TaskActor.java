package dk.aarshjul.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import dk.aarshjul.engine.CurrentUser;

/**
 * Who completed a task, for the record: the signed-in user who submitted it — whichever way it came
 * in (Tasklist, the REST API without claiming it first, a deputy completing a task still assigned to
 * the one they stand in for) — or, when nobody is signed in (the engine itself), its assignee.
 */
public final class TaskActor {

	private TaskActor() {
	}

	public static String of(DelegateTask task) {
		String current = CurrentUser.id(task.getProcessEngineServices().getIdentityService());
		return current != null ? current : task.getAssignee();
	}

}
