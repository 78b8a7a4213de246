package dk.aarshjul.system;

import dk.aarshjul.task.InvalidTaskInputException;
import dk.aarshjul.engine.ActionOnTask;
import dk.aarshjul.engine.CommandWrapper;
import dk.aarshjul.engine.RunningCommand;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The one log line of a failed command, written instead of Camunda's command-context log (which
 * writes a refused form as an ERROR with a long stack trace and a lost race not at all). A refused
 * form, a lost race, a task that does not exist and a collision between two transactions (two
 * nodes running the same timer) are expected in a working municipality: one WARN line each,
 * naming the task, the user and why. Everything else is a fault: an ERROR with the
 * stack trace. Camunda's other expected refusals keep the levels Camunda gives them.
 * <p>
 * The first of the engine's command wrappers, so it sees what the command finally failed with. Of
 * the commands that share a transaction only the outermost is logged (nested ones fail with it);
 * a command in a transaction of its own is logged always.
 */
@Component
@Order(CommandFailureLog.ORDER)
class CommandFailureLog implements CommandWrapper {

	static final int ORDER = 0;

	private static final Logger log = LoggerFactory.getLogger(CommandFailureLog.class);

	// looked up when a task command fails, not when the engine (which it reads) is being built
	private final ObjectProvider<TaskFates> fates;

	CommandFailureLog(ObjectProvider<TaskFates> fates) {
		this.fates = fates;
	}

	@Override
	public boolean alsoInNewTransactions() {
		return true;
	}

	@Override
	public <T> T execute(RunningCommand<T> command) {
		try {
			return command.proceed();
		}
		catch (RuntimeException | Error failure) {
			if (command.outermost() || command.inNewTransaction()) {
				report(command, failure);
			}
			throw failure;
		}
	}

	private void report(RunningCommand<?> command, Throwable failure) {
		ActionOnTask task = command.actionOnTask().orElse(null);
		String taskId = task == null ? null : task.taskId();
		String action = task == null ? command.name() : task.action();
		String user = command.userId() == null ? "(nobody signed in)" : command.userId();
		InvalidTaskInputException refused = Conflicts.refusedInput(failure);
		if (refused != null) {
			log.warn("Task {}: {} by {} refused: {}", taskId, action, user, refused.getMessage());
			return;
		}
		if (task != null && reportedAsTaskOutcome(task, user, failure)) {
			return;
		}
		if (Conflicts.isConflict(failure)) {
			log.warn("{} by {} collided with another transaction and was rolled back: {}", action, user,
					innermost(failure).getMessage());
			return;
		}
		if (failure instanceof TaskAlreadyClaimedException) {
			log.info("{} by {} failed: {}", action, user, failure.getMessage());
		}
		else if (failure instanceof OptimisticLockingException || failure instanceof BadUserRequestException
				|| failure instanceof AuthorizationException) {
			log.debug("{} by {} failed", action, user, failure);
		}
		else {
			log.error("{} (task {}) by {} failed", action, taskId, user, failure);
		}
	}

	/** Somebody else got there first, or the task never was: said in one line. */
	private boolean reportedAsTaskOutcome(ActionOnTask task, String user, Throwable failure) {
		TaskFate fate;
		try {
			fate = fates.getObject().fateOf(task.taskId());
		}
		catch (RuntimeException lookupFailed) {
			return false;
		}
		if (fate.state() == TaskFate.State.COMPLETED) {
			log.warn("Task {}: {} by {} lost the race: completed by {} at {}", task.taskId(), task.action(), user,
					fate.userId(), fate.at());
			return true;
		}
		if (fate.state() == TaskFate.State.CLOSED) {
			log.warn("Task {}: {} by {} came too late: the task was closed at {}", task.taskId(), task.action(), user,
					fate.at());
			return true;
		}
		if (fate.state() == TaskFate.State.UNKNOWN && failure instanceof NullValueException) {
			log.warn("Task {}: {} by {} refused: no such task", task.taskId(), task.action(), user);
			return true;
		}
		if (fate.isOpen() && failure instanceof TaskAlreadyClaimedException) {
			log.warn("Task {}: {} by {} lost the race: already claimed by {}", task.taskId(), task.action(), user,
					fate.userId());
			return true;
		}
		if (fate.isOpen() && Conflicts.isConflict(failure)) {
			log.warn("Task {}: {} by {} collided with another change to the task: {}", task.taskId(), task.action(),
					user, failure.getMessage());
			return true;
		}
		return false;
	}

	private static Throwable innermost(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

}
