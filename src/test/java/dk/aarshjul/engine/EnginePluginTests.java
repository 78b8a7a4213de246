package dk.aarshjul.engine;

import java.util.Map;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.task.TaskDecorator;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.AttributesImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node whose cache is cold may parse two models at once, on two threads (two requests reaching
 * models it has not read yet). Each parse must give the listeners to its own model's user tasks and
 * to no other: a task that lost them would run without the lifecycle beans (grants, notifications).
 */
class EnginePluginTests {

	private static final String OURS = "http://aarshjul.dk/bpmn";

	private static final TaskListener LIFECYCLE = task -> {
	};

	@Test
	void twoModelsParsedAtOnceEachGiveTheListenersToTheirOwnUserTasksOnly() throws Exception {
		StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
		new EnginePlugin() {

			@Override
			protected Map<String, TaskListener> onEveryUserTask() {
				return Map.of(TaskListener.EVENTNAME_CREATE, LIFECYCLE);
			}

			@Override
			protected String userTasksOfNamespace() {
				return OURS;
			}

		}.preInit(configuration);
		BpmnParseListener listener = configuration.getCustomPostBPMNParseListeners().get(0);

		// this thread is half-way through one of Årshjul's models ...
		TaskDefinition ours = userTask(listener, "userTask_ours");
		// ... when another thread parses a model of another namespace from start to end
		TaskDefinition[] theirs = new TaskDefinition[1];
		Thread other = new Thread(() -> {
			theirs[0] = userTask(listener, "userTask_theirs");
			listener.parseRootElement(root("http://example.org/other"), java.util.List.of());
		});
		other.start();
		other.join();
		listener.parseRootElement(root(OURS), java.util.List.of());

		assertThat(ours.getTaskListenersForEvent(TaskListener.EVENTNAME_CREATE)).as("Årshjul's task").containsExactly(LIFECYCLE);
		assertThat(theirs[0].getTaskListenersForEvent(TaskListener.EVENTNAME_CREATE)).as("the other model's task").isNullOrEmpty();
	}

	private static TaskDefinition userTask(BpmnParseListener listener, String id) {
		TaskDefinition task = new TaskDefinition(null);
		ActivityImpl activity = new ActivityImpl(id, null);
		activity.setActivityBehavior(new UserTaskActivityBehavior(new TaskDecorator(task, null)));
		listener.parseUserTask(null, null, activity);
		return task;
	}

	private static Element root(String namespace) {
		AttributesImpl attributes = new AttributesImpl();
		attributes.addAttribute("", "targetNamespace", "targetNamespace", "CDATA", namespace);
		return new Element("http://www.omg.org/spec/BPMN/20100524/MODEL", "definitions", "definitions", attributes, null);
	}

}
