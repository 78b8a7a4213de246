package dk.aarshjul.cycle;

import java.util.LinkedHashSet;
import java.util.Set;

import dk.aarshjul.task.UserTaskLifecycle;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps each cycle's position (CyclePositions) right in the transaction that moves it. Every move
 * of a cycle — a phase begun or ended, a task created, completed, cancelled or given a new due
 * date (a calendar change), the cycle ended or deleted — comes with a task event of one of its
 * processes. The event only notes the cycle: while the command runs the engine holds its changes
 * in memory, so the position is worked out once, just before the transaction commits, when the
 * engine has written them; one statement pair per transaction, however many tasks it touched.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class CyclePositionTracking implements UserTaskLifecycle {

	private final CyclePositions positions;

	CyclePositionTracking(CyclePositions positions) {
		this.positions = positions;
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
		if (!(task.getExecution() instanceof ExecutionEntity execution) || execution.getRootProcessInstanceId() == null) {
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
		moved.roots.add(execution.getRootProcessInstanceId());
	}

	/** The cycles moved in this transaction, worked out when it is about to commit. */
	private final class Moved implements TransactionSynchronization {

		private final Set<String> roots = new LinkedHashSet<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			positions.refresh(roots);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(CyclePositionTracking.this);
		}

	}

}
