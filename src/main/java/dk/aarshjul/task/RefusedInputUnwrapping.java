package dk.aarshjul.task;

import java.util.ArrayList;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps an exception from a task listener in its own ("ENGINE-03051 There was an
 * exception while invoking the TaskListener…"). A refused form should reach the user as the
 * Danish message alone, so the refusal is unwrapped at the edge of every command — after the
 * transaction has been rolled back — and the REST API answers it as a bad request.
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
				catch (ProcessEngineException ex) {
					for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
						if (cause instanceof InvalidTaskInputException refused) {
							throw refused;
						}
					}
					throw ex;
				}
			}

		});
	}

}
