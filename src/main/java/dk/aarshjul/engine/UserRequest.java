package dk.aarshjul.engine;

import java.util.Collection;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;

/**
 * What a running engine command would write, read out of Camunda's command (which offers no
 * getters for it), for a check before the engine acts. The maps are the command's own: a value
 * taken out of one is not written.
 */
public sealed interface UserRequest {

	/** A task's variables set, patched or removed; completing a task or submitting its form too. */
	record TaskVariables(String taskId, Map<String, ?> variables, Collection<String> removed) implements UserRequest {
	}

	/** A task saved whole, with whatever of its properties the caller changed. */
	record TaskSaved(Task task) implements UserRequest {
	}

	/** One property of a task set by a command of its own: name, description, due, owner or priority. */
	record TaskPropertySet(String property) implements UserRequest {
	}

	/** A person or group added to or removed from a task, by the kind of link ({@code IdentityLinkType}). */
	record TaskLinkChanged(String type) implements UserRequest {
	}

	/** A BPMN error or escalation thrown from a task. */
	record TaskErrorThrown() implements UserRequest {
	}

	/** A process started (or its start form submitted) with variables, at its model's start event. */
	record StartVariables(String processKey, String startActivityId, Map<String, ?> variables) implements UserRequest {
	}

	/** A process's or execution's variables written, named by the first of them. */
	record ProcessVariables(String firstName) implements UserRequest {
	}

	/** A process moved on from outside: signals, messages, modifications, restarts, batches of variables. */
	record ProcessMoved() implements UserRequest {
	}

}
