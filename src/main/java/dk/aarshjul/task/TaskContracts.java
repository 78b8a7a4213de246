package dk.aarshjul.task;

import java.util.List;
import java.util.Set;

/**
 * A process's contracts, one per user task (and its start form, if people start it), with the
 * variables its model reads or sets: ids, routing flags, multi-instance collections and the
 * like. Each process class holds one as a Spring bean; {@link ContractGuard} asks them all.
 */
public interface TaskContracts {

	List<TaskContract> contracts();

	/**
	 * The variables this process's model and its service tasks read or set, which no request of a
	 * person may write except where a contract lets a task decide one ({@link TaskContract.Field#decides()}).
	 */
	Set<String> modelVariables();

}
