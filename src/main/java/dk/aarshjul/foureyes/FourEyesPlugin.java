package dk.aarshjul.foureyes;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts the four-eyes guard on every user task of every model, so that no model can forget it.
 * Ordered before the plugin that announces new tasks, so that the excluded person is already
 * known when the mails go out.
 */
@Component
@Order(5)
class FourEyesPlugin extends AbstractProcessEnginePlugin {

	// the guard uses the engine's services, so it can only be looked up once the engine exists
	private final ObjectProvider<FourEyesGuard> guard;

	FourEyesPlugin(ObjectProvider<FourEyesGuard> guard) {
		this.guard = guard;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {

			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
				task.addTaskListener(TaskListener.EVENTNAME_CREATE, created -> guard.getObject().created(created));
				task.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, assigned -> guard.getObject().assigned(assigned));
				task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, completed -> guard.getObject().completed(completed));
			}

		});
	}

}
