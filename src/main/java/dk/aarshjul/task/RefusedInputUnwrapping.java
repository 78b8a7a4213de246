package dk.aarshjul.task;

import dk.aarshjul.engine.CommandWrapper;
import dk.aarshjul.engine.RunningCommand;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine wraps an exception from a task listener in its own ("ENGINE-03051 There was an
 * exception while invoking the TaskListener…"). A refused form should reach the user as the
 * Danish message alone, so the refusal is unwrapped at the edge of every command — after the
 * transaction has been rolled back — and the REST API answers it as a bad request.
 * <p>
 * What a command of a person's request failed with is noted for {@link UserRequests}, which answers
 * it in Danish on the webapps' API too; the last noted is the outermost command's. It runs inside
 * the {@link ContractGuard}, as it did when both were interceptors of their own.
 */
@Component
@Order(RefusedInputUnwrapping.ORDER)
class RefusedInputUnwrapping implements CommandWrapper {

	static final int ORDER = ContractGuard.ORDER + 1;

	@Override
	public <T> T execute(RunningCommand<T> command) {
		try {
			return command.proceed();
		}
		catch (RuntimeException ex) {
			RuntimeException failure = unwrapped(ex);
			if (UserRequests.underway()) {
				UserRequests.failed(failure, command.userId());
			}
			throw failure;
		}
	}

	private static RuntimeException unwrapped(RuntimeException failure) {
		if (failure instanceof ProcessEngineException) {
			for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
				if (cause instanceof InvalidTaskInputException refused) {
					return refused;
				}
			}
		}
		return failure;
	}

}
