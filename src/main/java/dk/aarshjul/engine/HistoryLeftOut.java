package dk.aarshjul.engine;

/**
 * History a feature knows nobody will read: Camunda's history level stays {@code full}, and
 * {@link SelectiveHistory} makes every history event but those some bean of this type leaves out,
 * before the event is built (so what it would have read to fill the event is not read either).
 */
public interface HistoryLeftOut {

	/**
	 * Whether the job log leaves out that a job of this handler type ({@link JobTypes}) and process
	 * was made ({@code created}) or deleted before it ran.
	 */
	default boolean leavesOutJobLog(String handlerType, String processDefinitionKey, boolean created) {
		return false;
	}

	/**
	 * Whether a variable of this name, local to a task or not, leaves no history at all. Every event
	 * of a variable is left out or none, so that no history row is ever written for a variable whose
	 * later events are not.
	 */
	default boolean leavesOutVariable(String name, boolean taskLocal) {
		return false;
	}

}
