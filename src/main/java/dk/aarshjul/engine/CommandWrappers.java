package dk.aarshjul.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link CommandWrapper} beans first in the engine's command chains, outside the
 * transaction. Camunda's own command-context logging is switched off: Årshjul logs a failed command
 * once, at the level it deserves, in a wrapper (system's CommandFailureLog). The beans are looked
 * up at the first command, not when the engine is built.
 */
@Component
class CommandWrappers extends AbstractProcessEnginePlugin {

	private final ObjectProvider<CommandWrapper> wrappers;

	private volatile List<CommandWrapper> ordered;

	CommandWrappers(ObjectProvider<CommandWrapper> wrappers) {
		this.wrappers = wrappers;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setEnableCmdExceptionLogging(false);
		List<CommandInterceptor> required = configuration.getCustomPreCommandInterceptorsTxRequired() == null
				? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
		required.add(0, new Wrapping(configuration, false));
		configuration.setCustomPreCommandInterceptorsTxRequired(required);
		List<CommandInterceptor> requiresNew = configuration.getCustomPreCommandInterceptorsTxRequiresNew() == null
				? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequiresNew());
		requiresNew.add(0, new Wrapping(configuration, true));
		configuration.setCustomPreCommandInterceptorsTxRequiresNew(requiresNew);
	}

	private List<CommandWrapper> ordered() {
		List<CommandWrapper> current = ordered;
		if (current == null) {
			current = wrappers.orderedStream().toList();
			ordered = current;
		}
		return current;
	}

	private final class Wrapping extends CommandInterceptor {

		private final ProcessEngineConfigurationImpl engine;

		private final boolean inNewTransaction;

		Wrapping(ProcessEngineConfigurationImpl engine, boolean inNewTransaction) {
			this.engine = engine;
			this.inNewTransaction = inNewTransaction;
		}

		@Override
		public <T> T execute(Command<T> command) {
			List<CommandWrapper> chain = ordered().stream()
				.filter(wrapper -> !inNewTransaction || wrapper.alsoInNewTransactions())
				.toList();
			return run(chain, 0, command, Context.getCommandContext() == null);
		}

		private <T> T run(List<CommandWrapper> chain, int index, Command<T> command, boolean outermost) {
			if (index == chain.size()) {
				return next.execute(command);
			}
			Supplier<T> rest = () -> run(chain, index + 1, command, outermost);
			return chain.get(index).execute(new RunningCommand<>(command, rest, outermost, inNewTransaction, engine));
		}

	}

}
