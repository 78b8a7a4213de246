package dk.aarshjul.engine;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Work run as an engine command of its own, without the caller's authorizations: what the public
 * API offers only to Camunda's internals.
 */
@Component
public class EngineCommands {

	private final ProcessEngineConfigurationImpl engine;

	EngineCommands(ProcessEngineConfiguration engine) {
		this.engine = (ProcessEngineConfigurationImpl) engine;
	}

	/** In the running command if there is one (else a new one), with no authorization checks. */
	public <T> T withoutAuthorization(Supplier<T> work) {
		return engine.getCommandExecutorTxRequired()
			.execute(context -> context.runWithoutAuthorization((Callable<T>) work::get));
	}

	/**
	 * In a command and transaction of its own, with no authorization checks: one that fails leaves
	 * whatever called it as it was.
	 */
	public <T> T inNewTransaction(Supplier<T> work) {
		return engine.getCommandExecutorTxRequiresNew().execute(context -> {
			context.disableAuthorizationCheck();
			return work.get();
		});
	}

}
