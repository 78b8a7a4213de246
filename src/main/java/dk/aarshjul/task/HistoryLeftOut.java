package dk.aarshjul.task;

import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * History a feature knows nobody will read: Camunda's history level stays {@code full}, and
 * {@link SelectiveHistory} makes every history event but those some bean of this type leaves out,
 * before the event is built (so what it would have read to fill the event is not read either).
 */
public interface HistoryLeftOut {

	/** Whether the job log leaves out that this job was made ({@code created}) or deleted before it ran. */
	default boolean leavesOutJobLog(JobEntity job, boolean created) {
		return false;
	}

	/**
	 * Whether this variable leaves no history at all. Every event of a variable is left out or
	 * none, so that no history row is ever written for a variable whose later events are not.
	 */
	default boolean leavesOutVariable(VariableInstanceEntity variable) {
		return false;
	}

}
