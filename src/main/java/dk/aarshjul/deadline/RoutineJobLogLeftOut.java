package dk.aarshjul.deadline;

import java.util.ArrayList;
import java.util.List;

import dk.aarshjul.notification.NotificationProcess;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.springframework.stereotype.Component;

/**
 * Writes the history as Camunda does, but for two kinds of job-log entry that every completion
 * made and nobody reads: that a task's reminder and escalation timers were created (three per
 * task) and deleted again when the task was done in time, and that a mail job was queued (the
 * notification row says when). What an operator looks for stays: every failure of a job, with
 * its stack trace, and every success — a reminder sent, an escalation made, a mail delivered. One
 * insert fewer in almost every completion, and a job log that grows with what happened, not with
 * every task.
 */
@Component
class RoutineJobLogLeftOut extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getHistoryEventHandler() != null || !configuration.isEnableDefaultDbHistoryEventHandler()) {
			// history written elsewhere: left as it is configured
			return;
		}
		List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomHistoryEventHandlers());
		handlers.add(0, new WithoutRoutineJobLog(new DbHistoryEventHandler()));
		configuration.setCustomHistoryEventHandlers(handlers);
		configuration.setEnableDefaultDbHistoryEventHandler(false);
	}

	static boolean isRoutine(HistoryEvent event) {
		if (!(event instanceof HistoricJobLogEvent log)) {
			return false;
		}
		boolean deadlineTimer = TimerTaskListenerJobHandler.TYPE.equals(log.getJobDefinitionType());
		boolean mail = NotificationProcess.KEY.equals(log.getProcessDefinitionKey());
		return deadlineTimer && (log.isCreationLog() || log.isDeletionLog()) || mail && log.isCreationLog();
	}

	static final class WithoutRoutineJobLog implements HistoryEventHandler {

		private final HistoryEventHandler database;

		WithoutRoutineJobLog(HistoryEventHandler database) {
			this.database = database;
		}

		@Override
		public void handleEvent(HistoryEvent event) {
			if (!isRoutine(event)) {
				database.handleEvent(event);
			}
		}

		@Override
		public void handleEvents(List<HistoryEvent> events) {
			events.forEach(this::handleEvent);
		}

	}

}
