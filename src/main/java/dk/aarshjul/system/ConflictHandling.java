package dk.aarshjul.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Wraps every engine command, outside the transaction: a task completion that only collided with
 * another one is done again ({@link CompletionRetry}), and a failure is logged once, at the level
 * it deserves ({@link CommandFailureLog}) — which is why Camunda's own command-context logging is
 * switched off. Put first in the chain, so the log sees the last attempt's outcome only.
 */
@Component
class ConflictHandling extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		TaskFates fates = new TaskFates(configuration);
		configuration.setEnableCmdExceptionLogging(false);
		List<CommandInterceptor> required = configuration.getCustomPreCommandInterceptorsTxRequired() == null
				? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
		required.add(0, new CommandFailureLog(fates, configuration.getIdentityService(), true));
		required.add(1, new CompletionRetry(fates));
		configuration.setCustomPreCommandInterceptorsTxRequired(required);
		List<CommandInterceptor> requiresNew = configuration.getCustomPreCommandInterceptorsTxRequiresNew() == null
				? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequiresNew());
		requiresNew.add(0, new CommandFailureLog(fates, configuration.getIdentityService(), false));
		configuration.setCustomPreCommandInterceptorsTxRequiresNew(requiresNew);
	}

}
