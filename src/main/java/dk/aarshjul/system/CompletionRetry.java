package dk.aarshjul.system;

import java.util.concurrent.ThreadLocalRandom;

import dk.aarshjul.engine.ActionOnTask;
import dk.aarshjul.engine.CommandWrapper;
import dk.aarshjul.engine.RunningCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Two units handing in their status reports in the same instant complete two different tasks, but
 * both completions update the same parent: the multi-instance counters of the round (or of the
 * cycle's translations). The engine's optimistic lock then fails the second although its task is
 * still open. Such a completion is simply done again, in a fresh transaction, after a short random
 * pause — the user never sees it. A task that is gone was completed by somebody else: that is a
 * real conflict and is not retried.
 * <p>
 * Only an outermost command is retried (an inner one shares its caller's transaction), and only
 * when no Spring transaction is already under way: the failed attempt has then marked that
 * transaction rollback-only, and only its owner may start again. It runs right inside
 * {@link CommandFailureLog}, so the log sees the last attempt's outcome only.
 */
@Component
@Order(CompletionRetry.ORDER)
class CompletionRetry implements CommandWrapper {

	static final int ORDER = CommandFailureLog.ORDER + 1;

	static final int ATTEMPTS = 6;

	private static final Logger log = LoggerFactory.getLogger(CompletionRetry.class);

	// looked up when a completion collides, not when the engine (which it reads) is being built
	private final ObjectProvider<TaskFates> fates;

	CompletionRetry(ObjectProvider<TaskFates> fates) {
		this.fates = fates;
	}

	@Override
	public <T> T execute(RunningCommand<T> command) {
		ActionOnTask task = command.actionOnTask().orElse(null);
		if (task == null || !task.completes() || !command.outermost()
				|| TransactionSynchronizationManager.isActualTransactionActive()) {
			return command.proceed();
		}
		for (int attempt = 1;; attempt++) {
			try {
				return command.proceed();
			}
			catch (RuntimeException ex) {
				if (attempt == ATTEMPTS || !Conflicts.isConflict(ex)
						|| !fates.getObject().fateOf(task.taskId()).isOpen()) {
					throw ex;
				}
				log.debug("Task {}: {} collided with another transaction (attempt {}); trying again", task.taskId(),
						task.action(), attempt, ex);
				pause(attempt);
			}
		}
	}

	/** Random, so that two who collided once do not collide again; longer with every attempt. */
	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L + 30L * attempt));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to retry a task completion", ex);
		}
	}

}
