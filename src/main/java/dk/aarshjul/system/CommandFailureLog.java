package dk.aarshjul.system;

import dk.aarshjul.engine.CurrentUser;
import dk.aarshjul.task.InvalidTaskInputException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one log line of a failed command, written instead of Camunda's command-context log (which
 * writes a refused form as an ERROR with a long stack trace and a lost race not at all). A refused
 * form, a lost race, a task that does not exist and a collision between two transactions (two
 * nodes running the same timer) are expected in a working municipality: one WARN line each,
 * naming the task, the user and why. Everything else is a fault: an ERROR with the
 * stack trace. Camunda's other expected refusals keep the levels Camunda gives them.
 */
class CommandFailureLog extends CommandInterceptor {

	private static final Logger log = LoggerFactory.getLogger(CommandFailureLog.class);

	private final TaskFates fates;

	private final IdentityService identity;

	/** The transaction-required chain logs only its outermost command; nested ones fail with it. */
	private final boolean outermostOnly;

	CommandFailureLog(TaskFates fates, IdentityService identity, boolean outermostOnly) {
		this.fates = fates;
		this.identity = identity;
		this.outermostOnly = outermostOnly;
	}

	@Override
	public <T> T execute(Command<T> command) {
		boolean outermost = Context.getCommandContext() == null;
		try {
			return next.execute(command);
		}
		catch (RuntimeException | Error failure) {
			if (outermost || !outermostOnly) {
				report(command, failure);
			}
			throw failure;
		}
	}

	private void report(Command<?> command, Throwable failure) {
		TaskCommand task = TaskCommand.of(command);
		String taskId = task == null ? null : task.taskId();
		String action = task == null ? command.getClass().getSimpleName() : task.action();
		String user = currentUser();
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
	private boolean reportedAsTaskOutcome(TaskCommand task, String user, Throwable failure) {
		TaskFate fate;
		try {
			fate = fates.fateOf(task.taskId());
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

	private String currentUser() {
		String user = CurrentUser.id(identity);
		return user == null ? "(nobody signed in)" : user;
	}

}
