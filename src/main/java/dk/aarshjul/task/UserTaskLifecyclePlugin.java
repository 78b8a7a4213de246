package dk.aarshjul.task;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds one listener per event to every user task as the models are parsed; each calls every
 * {@link UserTaskLifecycle} bean in order. The beans are looked up at the first task event, not
 * when the engine is built: most of them use the engine's own services.
 */
@Component
class UserTaskLifecyclePlugin extends AbstractProcessEnginePlugin {

	static final String AARSHJUL_NAMESPACE = "http://aarshjul.dk/bpmn";

	private final ObjectProvider<UserTaskLifecycle> lifecycles;

	// looked up and ordered at the first task event, then reused: every task event of every
	// completion walks them
	private volatile List<UserTaskLifecycle> ordered;

	UserTaskLifecyclePlugin(ObjectProvider<UserTaskLifecycle> lifecycles) {
		this.lifecycles = lifecycles;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {

			// the user tasks of the definitions being parsed; the namespace is known only at the end
			private final List<TaskDefinition> parsed = new ArrayList<>();

			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				parsed.add(((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition());
			}

			@Override
			public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
				// Årshjul's own models only: a model deployed beside them (the benchmark's bare
				// user tasks) runs as plain Camunda
				if (AARSHJUL_NAMESPACE.equals(rootElement.attribute("targetNamespace"))) {
					for (TaskDefinition task : parsed) {
						task.addTaskListener(TaskListener.EVENTNAME_CREATE, each(UserTaskLifecycle::created));
						task.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, each(UserTaskLifecycle::assigned));
						task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, each(UserTaskLifecycle::completed));
						task.addTaskListener(TaskListener.EVENTNAME_UPDATE, each(UserTaskLifecycle::updated));
						task.addTaskListener(TaskListener.EVENTNAME_DELETE, each(UserTaskLifecycle::deleted));
					}
				}
				parsed.clear();
			}

		});
	}

	private TaskListener each(BiConsumer<UserTaskLifecycle, DelegateTask> moment) {
		return task -> ordered().forEach(lifecycle -> moment.accept(lifecycle, task));
	}

	private List<UserTaskLifecycle> ordered() {
		List<UserTaskLifecycle> current = ordered;
		if (current == null) {
			current = lifecycles.orderedStream().toList();
			ordered = current;
		}
		return current;
	}

}
