package dk.aarshjul.engine;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Makes Camunda's history events as Camunda does, but for those some {@link HistoryLeftOut} bean
 * leaves out: no event is made for them, and an event not made is neither built nor written
 * (Camunda passes over an event its producer does not make). The beans are looked up at the first
 * event, not when the engine is built.
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
		if (configuration.getHistoryEventProducer() == null) {
			configuration.setHistoryEventProducer(new Selective());
		}
	}

	private List<HistoryLeftOut> filters() {
		List<HistoryLeftOut> current = filters;
		if (current == null) {
			current = leftOut.orderedStream().toList();
			filters = current;
		}
		return current;
	}

	private final class Selective extends CacheAwareHistoryEventProducer {

		@Override
		public HistoryEvent createHistoricJobLogCreateEvt(Job job) {
			return jobLogLeftOut(job, true) ? null : super.createHistoricJobLogCreateEvt(job);
		}

		@Override
		public HistoryEvent createHistoricJobLogDeleteEvt(Job job) {
			return jobLogLeftOut(job, false) ? null : super.createHistoricJobLogDeleteEvt(job);
		}

		@Override
		protected HistoryEvent createHistoricVariableEvent(VariableInstanceEntity variable, VariableScope source,
				HistoryEventType type) {
			for (HistoryLeftOut filter : filters()) {
				if (filter.leavesOutVariable(variable.getName(), variable.getTaskId() != null)) {
					return null;
				}
			}
			return super.createHistoricVariableEvent(variable, source, type);
		}

		private boolean jobLogLeftOut(Job job, boolean created) {
			return job instanceof JobEntity entity
					&& filters().stream()
				.anyMatch(filter -> filter.leavesOutJobLog(entity.getJobHandlerType(), entity.getProcessDefinitionKey(), created));
		}

	}

}
