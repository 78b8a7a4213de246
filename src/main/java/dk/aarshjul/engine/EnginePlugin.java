package dk.aarshjul.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
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

/**
 * A process-engine plugin of a feature, in the public API's terms: listeners added to the models as
 * they are parsed, and work once the engine is built. A Spring bean of a subclass is a plugin like
 * any other (its {@code @Order} places it among them); Camunda's configuration stays in here.
 */
public abstract class EnginePlugin extends AbstractProcessEnginePlugin {

	/** A listener every process instance of every model calls as it starts; none when null. */
	protected ExecutionListener onEveryProcessStart() {
		return null;
	}

	/**
	 * Listeners by task event ({@code TaskListener.EVENTNAME_*}), in that order, added to every user
	 * task of the models whose {@code targetNamespace} is {@link #userTasksOfNamespace()}.
	 */
	protected Map<String, TaskListener> onEveryUserTask() {
		return Map.of();
	}

	/** The target namespace of the models whose user tasks get {@link #onEveryUserTask()}. */
	protected String userTasksOfNamespace() {
		return null;
	}

	/** Once the engine is built, before the application takes requests. */
	protected void engineBuilt(ProcessEngine engine) {
	}

	@Override
	public final void preInit(ProcessEngineConfigurationImpl configuration) {
		ExecutionListener started = onEveryProcessStart();
		Map<String, TaskListener> taskListeners = onEveryUserTask();
		if (started == null && taskListeners.isEmpty()) {
			return;
		}
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {

			// the user tasks of the definitions being parsed; the namespace is known only at the end. Per
			// thread: a node with a cold cache parses two models at once when two requests reach them
			private final ThreadLocal<List<TaskDefinition>> parsed = ThreadLocal.withInitial(ArrayList::new);

			@Override
			public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
				if (started != null) {
					processDefinition.addListener(ExecutionListener.EVENTNAME_START, started);
				}
			}

			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				if (!taskListeners.isEmpty()) {
					parsed.get().add(((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition());
				}
			}

			@Override
			public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
				if (userTasksOfNamespace() != null && userTasksOfNamespace().equals(rootElement.attribute("targetNamespace"))) {
					for (TaskDefinition task : parsed.get()) {
						taskListeners.forEach(task::addTaskListener);
					}
				}
				parsed.remove();
			}

		});
	}

	@Override
	public final void postInit(ProcessEngineConfigurationImpl configuration) {
		// nothing: a feature does not configure the engine's internals
	}

	@Override
	public final void postProcessEngineBuild(ProcessEngine engine) {
		engineBuilt(engine);
	}

}
