package dk.aarshjul.task;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What Årshjul does at a moment in the life of every user task of every model — naming it,
 * granting it, guarding who may decide it, announcing it. A bean implementing this is called by
 * {@link UserTaskLifecyclePlugin} for every user task, in the order of its {@code @Order}, so that
 * no model can forget it and no feature needs an engine plugin of its own.
 */
public interface UserTaskLifecycle {

	default void created(DelegateTask task) {
	}

	default void assigned(DelegateTask task) {
	}

	default void completed(DelegateTask task) {
	}

	/** Something of the task changed after it was created: e.g. its due date, or who holds it. */
	default void updated(DelegateTask task) {
	}

	/** The task ended without being completed: cancelled by a boundary event, or its process ended. */
	default void deleted(DelegateTask task) {
	}

}
