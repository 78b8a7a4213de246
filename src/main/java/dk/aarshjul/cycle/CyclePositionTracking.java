package dk.aarshjul.cycle;

import java.util.LinkedHashSet;
import java.util.Set;

import dk.aarshjul.engine.UserTasks;
import dk.aarshjul.task.UserTaskLifecycle;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps each cycle's position (CyclePositions) and where the processes it called wait
 * (CalledProcessWaits) right in the transaction that moves them. Every move of a cycle — a phase
 * begun or ended, a task created, completed, cancelled or given a new due date (a calendar
 * change), the cycle ended or deleted — comes with a task event of one of its
 * processes. The event only notes the cycle: while the command runs the engine holds its changes
 * in memory, so the position is worked out once, just before the transaction commits, when the
 * engine has written them, with the cycles' rows locked; six statements per transaction, however
 * many tasks it touched. A called process that starts or ends does so in a transaction that also
 * moves a task of its cycle (the cycle is noted, not the task's instance), so it is found too.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class CyclePositionTracking implements UserTaskLifecycle {

	private final CyclePositions positions;

	private final CalledProcessWaits called;

	CyclePositionTracking(CyclePositions positions, CalledProcessWaits called) {
		this.positions = positions;
		this.called = called;
	}

	@Override
	public void created(DelegateTask task) {
		moved(task);
	}

	@Override
	public void completed(DelegateTask task) {
		moved(task);
	}

	@Override
	public void updated(DelegateTask task) {
		moved(task);
	}

	@Override
	public void deleted(DelegateTask task) {
		moved(task);
	}

	private void moved(DelegateTask task) {
		String root = UserTasks.rootProcessInstanceId(task);
		if (root == null) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			// not in a Spring transaction (never so in Årshjul): the engine flushes before it ends
			return;
		}
		Moved moved = (Moved) TransactionSynchronizationManager.getResource(this);
		if (moved == null) {
			moved = new Moved();
			TransactionSynchronizationManager.bindResource(this, moved);
			TransactionSynchronizationManager.registerSynchronization(moved);
		}
		moved.roots.add(root);
	}

	/** The cycles moved in this transaction, worked out when it is about to commit. */
	private final class Moved implements TransactionSynchronization {

		private final Set<String> roots = new LinkedHashSet<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			positions.lock(roots);
			positions.refresh(roots);
			called.refresh(roots);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(CyclePositionTracking.this);
		}

	}

}
