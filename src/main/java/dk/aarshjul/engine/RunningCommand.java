package dk.aarshjul.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;

/** An engine command as a {@link CommandWrapper} sees it: what it does, for whom, and the way on. */
public final class RunningCommand<T> {

	private final Command<T> command;

	private final Supplier<T> next;

	private final boolean outermost;

	private final boolean inNewTransaction;

	private final ProcessEngineConfigurationImpl engine;

	RunningCommand(Command<T> command, Supplier<T> next, boolean outermost, boolean inNewTransaction,
			ProcessEngineConfigurationImpl engine) {
		this.command = command;
		this.next = next;
		this.outermost = outermost;
		this.inNewTransaction = inNewTransaction;
		this.engine = engine;
	}

	/** Runs the command (with the wrappers after this one); may be called again to retry it. */
	public T proceed() {
		return next.get();
	}

	/** Not run inside another command: it has the transaction, and what it fails with is final. */
	public boolean outermost() {
		return outermost;
	}

	/** Run in the chain of commands that need a transaction of their own. */
	public boolean inNewTransaction() {
		return inNewTransaction;
	}

	/** The command's class name, for a log line about one that acts on no task. */
	public String name() {
		return command.getClass().getSimpleName();
	}

	/** The task it completes, submits or claims; empty for every other command. */
	public Optional<ActionOnTask> actionOnTask() {
		return Optional.ofNullable(Commands.actionOnTask(command));
	}

	/** What it would write, for a check before the engine acts; empty when it writes nothing checked. */
	public Optional<UserRequest> request() {
		return Commands.request(command, engine);
	}

	/** The signed-in user it runs for, or null. */
	public String userId() {
		return CurrentUser.id(engine.getIdentityService());
	}

	/** Whether the signed-in user is one of the engine's administrators (camunda-admin). */
	public boolean byAdministrator() {
		String user = userId();
		if (user == null) {
			return false;
		}
		List<String> adminGroups = engine.getAdminGroups() == null ? List.of() : engine.getAdminGroups();
		List<String> adminUsers = engine.getAdminUsers() == null ? List.of() : engine.getAdminUsers();
		return adminUsers.contains(user)
				|| CurrentUser.groupIds(engine.getIdentityService()).stream().anyMatch(adminGroups::contains);
	}

}
