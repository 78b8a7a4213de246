package dk.aarshjul.engine;

/**
 * What a running engine command does to one task, by the REST API's words ({@code complete},
 * {@code submit-form}, {@code claim}): Camunda's commands do not say which task they act on.
 */
public record ActionOnTask(String action, String taskId) {

	/** Completing a task moves its process on, and so may collide with the other tasks of the same parent. */
	public boolean completes() {
		return !"claim".equals(action);
	}

}
