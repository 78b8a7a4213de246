package dk.aarshjul.task;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes Camunda's history to the database as Camunda does, but for the events some {@link
 * HistoryLeftOut} bean leaves out. The beans are looked up at the first event, not when the
 * engine is built.
 */
@Component
class SelectiveHistory extends AbstractProcessEnginePlugin {

	private final ObjectProvider<HistoryLeftOut> leftOut;

	private volatile List<HistoryLeftOut> filters;

	SelectiveHistory(ObjectProvider<HistoryLeftOut> leftOut) {
		this.leftOut = leftOut;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getHistoryEventHandler() != null || !configuration.isEnableDefaultDbHistoryEventHandler()) {
			// history written elsewhere: left as it is configured
			return;
		}
		List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomHistoryEventHandlers());
		handlers.add(0, new Selective(new DbHistoryEventHandler()));
		configuration.setCustomHistoryEventHandlers(handlers);
		configuration.setEnableDefaultDbHistoryEventHandler(false);
	}

	private boolean written(HistoryEvent event) {
		List<HistoryLeftOut> current = filters;
		if (current == null) {
			current = leftOut.orderedStream().toList();
			filters = current;
		}
		for (HistoryLeftOut filter : current) {
			if (filter.leavesOut(event)) {
				return false;
			}
		}
		return true;
	}

	private final class Selective implements HistoryEventHandler {

		private final HistoryEventHandler database;

		Selective(HistoryEventHandler database) {
			this.database = database;
		}

		@Override
		public void handleEvent(HistoryEvent event) {
			if (written(event)) {
				database.handleEvent(event);
			}
		}

		@Override
		public void handleEvents(List<HistoryEvent> events) {
			events.forEach(this::handleEvent);
		}

	}

}
