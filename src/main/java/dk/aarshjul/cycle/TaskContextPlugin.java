package dk.aarshjul.cycle;

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
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every model the listeners that put it in context: its name
 * ({@link TaskNamesInContext}) and the plan for its form ({@link PlanSummaryForForms}). Added
 * here, so that no model can forget them.
 */
@Component
@Order(0)
class TaskContextPlugin extends AbstractProcessEnginePlugin {

	private final TaskNamesInContext taskNames;

	private final PlanSummaryForForms planSummary;

	TaskContextPlugin(TaskNamesInContext taskNames, PlanSummaryForForms planSummary) {
		this.taskNames = taskNames;
		this.planSummary = planSummary;
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
				task.addTaskListener(TaskListener.EVENTNAME_CREATE, taskNames);
				task.addTaskListener(TaskListener.EVENTNAME_CREATE, planSummary);
			}

		});
	}

}
