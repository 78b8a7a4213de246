package dk.aarshjul.system;

import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * transaction rollback-only, and only its owner may start again.
 */
class CompletionRetry extends CommandInterceptor {

	static final int ATTEMPTS = 6;

	private static final Logger log = LoggerFactory.getLogger(CompletionRetry.class);

	private final TaskFates fates;

	CompletionRetry(TaskFates fates) {
		this.fates = fates;
	}

	@Override
	public <T> T execute(Command<T> command) {
		TaskCommand task = TaskCommand.of(command);
		if (task == null || !task.completes() || Context.getCommandContext() != null
				|| TransactionSynchronizationManager.isActualTransactionActive()) {
			return next.execute(command);
		}
		for (int attempt = 1;; attempt++) {
			try {
				return next.execute(command);
			}
			catch (RuntimeException ex) {
				if (attempt == ATTEMPTS || !Conflicts.isConflict(ex) || !fates.fateOf(task.taskId()).isOpen()) {
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
