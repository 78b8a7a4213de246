package dk.aarshjul.task;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import dk.aarshjul.engine.EnginePlugin;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds one listener per event to every user task as the models are parsed; each calls every
 * {@link UserTaskLifecycle} bean in order. The beans are looked up at the first task event, not
 * when the engine is built: most of them use the engine's own services. Årshjul's own models only
 * (by their target namespace): a model deployed beside them (the benchmark's bare user tasks) runs
 * as plain Camunda.
 */
@Component
class UserTaskLifecyclePlugin extends EnginePlugin {

	static final String AARSHJUL_NAMESPACE = "http://aarshjul.dk/bpmn";

	private final ObjectProvider<UserTaskLifecycle> lifecycles;

	// looked up and ordered at the first task event, then reused: every task event of every
	// completion walks them
	private volatile List<UserTaskLifecycle> ordered;

	UserTaskLifecyclePlugin(ObjectProvider<UserTaskLifecycle> lifecycles) {
		this.lifecycles = lifecycles;
	}

	@Override
	protected String userTasksOfNamespace() {
		return AARSHJUL_NAMESPACE;
	}

	@Override
	protected Map<String, TaskListener> onEveryUserTask() {
		Map<String, TaskListener> listeners = new LinkedHashMap<>();
		listeners.put(TaskListener.EVENTNAME_CREATE, each(UserTaskLifecycle::created));
		listeners.put(TaskListener.EVENTNAME_ASSIGNMENT, each(UserTaskLifecycle::assigned));
		listeners.put(TaskListener.EVENTNAME_COMPLETE, each(UserTaskLifecycle::completed));
		listeners.put(TaskListener.EVENTNAME_UPDATE, each(UserTaskLifecycle::updated));
		listeners.put(TaskListener.EVENTNAME_DELETE, each(UserTaskLifecycle::deleted));
		return listeners;
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
