package dk.aarshjul.task;

import java.util.ArrayList;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps an exception from a task listener in its own ("ENGINE-03051 There was an
 * exception while invoking the TaskListener…"). A refused form should reach the user as the
 * Danish message alone, so the refusal is unwrapped at the edge of every command — after the
 * transaction has been rolled back — and the REST API answers it as a bad request.
 * <p>
 * What a command of a person's request failed with is noted for {@link UserRequests}, which answers
 * it in Danish on the webapps' API too; the last noted is the outermost command's.
 */
@Component
class RefusedInputUnwrapping extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
			configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
		}
		configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandInterceptor() {

			@Override
			public <T> T execute(Command<T> command) {
				try {
					return next.execute(command);
				}
				catch (RuntimeException ex) {
					RuntimeException failure = unwrapped(ex);
					if (UserRequests.underway()) {
						UserRequests.failed(failure, currentUser(configuration));
					}
					throw failure;
				}
			}

		});
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

	private static String currentUser(ProcessEngineConfigurationImpl configuration) {
		Authentication user = configuration.getIdentityService().getCurrentAuthentication();
		return user == null ? null : user.getUserId();
	}

}
