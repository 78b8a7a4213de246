package dk.aarshjul.engine;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDescriptionCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDueDateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskNameCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;

/**
 * The one place that knows the insides of Camunda's commands. They offer no getters for what they
 * carry, so it is read by reflection: a field every command of its kind has is required, and when
 * Camunda renames it the command is refused rather than let through.
 */
final class Commands {

	private Commands() {
	}

	/** The task a command completes, submits or claims; null for every other command. */
	static ActionOnTask actionOnTask(Command<?> command) {
		String action = command instanceof SubmitTaskFormCmd ? "submit-form"
				: command instanceof CompleteTaskCmd ? "complete" : command instanceof ClaimTaskCmd ? "claim" : null;
		return action == null ? null : new ActionOnTask(action, readOrNull(command, "taskId") instanceof String id ? id : null);
	}

	/** What a command would write, by kind; empty for a command that writes nothing a check looks at. */
	static Optional<UserRequest> request(Command<?> command, ProcessEngineConfigurationImpl engine) {
		if (command instanceof SubmitTaskFormCmd) {
			return taskVariables(read(command, "taskId"), read(command, "properties"), null);
		}
		if (command instanceof CompleteTaskCmd) {
			return taskVariables(read(command, "taskId"), read(command, "variables"), null);
		}
		if (command instanceof SetTaskVariablesCmd) {
			return taskVariables(read(command, "entityId"), read(command, "variables"), null);
		}
		if (command instanceof PatchTaskVariablesCmd) {
			return taskVariables(read(command, "entityId"), read(command, "variables"), read(command, "deletions"));
		}
		if (command instanceof RemoveTaskVariablesCmd) {
			return taskVariables(read(command, "entityId"), null, read(command, "variableNames"));
		}
		if (command instanceof SaveTaskCmd) {
			return Optional.of(new UserRequest.TaskSaved(read(command, "task")));
		}
		if (command instanceof SetTaskNameCmd) {
			return property("name");
		}
		if (command instanceof SetTaskDescriptionCmd) {
			return property("description");
		}
		if (command instanceof SetTaskDueDateCmd) {
			return property("due");
		}
		if (command instanceof SetTaskOwnerCmd || command instanceof DelegateTaskCmd) {
			return property("owner");
		}
		if (command instanceof SetTaskPriorityCmd) {
			return property("priority");
		}
		if (command instanceof AbstractAddIdentityLinkCmd && !(command instanceof AssignTaskCmd)
				|| command instanceof DeleteIdentityLinkCmd) {
			return Optional.of(new UserRequest.TaskLinkChanged(read(command, "type")));
		}
		if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
			return Optional.of(new UserRequest.TaskErrorThrown());
		}
		if (command instanceof SubmitStartFormCmd) {
			return start(engine, read(command, "processDefinitionId"), null, read(command, "variables"));
		}
		if (command instanceof StartProcessInstanceCmd) {
			ProcessInstantiationBuilderImpl start = read(command, "instantiationBuilder");
			return start(engine, start.getProcessDefinitionId(), start.getProcessDefinitionKey(), start.getVariables());
		}
		if (command instanceof AbstractSetVariableCmd || command instanceof AbstractPatchVariablesCmd
				|| command instanceof AbstractRemoveVariableCmd) {
			return Optional.of(new UserRequest.ProcessVariables(firstName(command)));
		}
		if (command instanceof SetVariablesToProcessInstancesBatchCmd || command instanceof SignalCmd
				|| command instanceof SignalEventReceivedCmd || command instanceof MessageEventReceivedCmd
				|| command instanceof CorrelateMessageCmd || command instanceof CorrelateAllMessageCmd
				|| command instanceof ModifyProcessInstanceCmd || command instanceof ModifyProcessInstanceAsyncCmd
				|| command instanceof ProcessInstanceModificationBatchCmd
				|| command instanceof RestartProcessInstancesCmd
				|| command instanceof StartProcessInstanceAtActivitiesCmd) {
			return Optional.of(new UserRequest.ProcessMoved());
		}
		return Optional.empty();
	}

	private static Optional<UserRequest> taskVariables(String taskId, Map<String, ?> sent, Collection<String> removed) {
		return Optional.of(new UserRequest.TaskVariables(taskId, sent == null ? Map.of() : sent,
				removed == null ? List.of() : removed));
	}

	private static Optional<UserRequest> property(String name) {
		return Optional.of(new UserRequest.TaskPropertySet(name));
	}

	/** A start with variables, at the start event of the model it names; nothing when the model is unknown. */
	private static Optional<UserRequest> start(ProcessEngineConfigurationImpl engine, String definitionId,
			String definitionKey, Map<String, ?> sent) {
		if (sent == null || sent.isEmpty()) {
			return Optional.empty();
		}
		String[] start = engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
			ProcessDefinitionEntity definition = definitionId != null
					? context.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(definitionId)
					: context.getProcessEngineConfiguration().getDeploymentCache()
						.findDeployedLatestProcessDefinitionByKey(definitionKey);
			return definition == null || definition.getInitial() == null ? null
					: new String[] { definition.getKey(), definition.getInitial().getId() };
		}));
		return start == null ? Optional.empty() : Optional.of(new UserRequest.StartVariables(start[0], start[1], sent));
	}

	/** What a variable command meant to change, by its first variable's name. */
	private static String firstName(Command<?> command) {
		Object variables = readOrNull(command, "variables");
		if (variables instanceof Map<?, ?> map && !map.isEmpty()) {
			return map.keySet().iterator().next().toString();
		}
		Object names = readOrNull(command, "variableNames");
		if (names == null) {
			names = readOrNull(command, "deletions");
		}
		return names instanceof Collection<?> collection && !collection.isEmpty()
				? collection.iterator().next().toString() : "";
	}

	@SuppressWarnings("unchecked")
	private static <T> T read(Object command, String name) {
		Optional<Field> field = field(command, name);
		if (field.isEmpty()) {
			throw new IllegalStateException(command.getClass().getName() + " has no " + name + ": Camunda changed it");
		}
		return (T) value(command, field.get());
	}

	private static Object readOrNull(Object command, String name) {
		try {
			return field(command, name).map(field -> value(command, field)).orElse(null);
		}
		catch (IllegalStateException ex) {
			return null;
		}
	}

	private static Optional<Field> field(Object command, String name) {
		for (Class<?> type = command.getClass(); type != Object.class; type = type.getSuperclass()) {
			try {
				return Optional.of(type.getDeclaredField(name));
			}
			catch (NoSuchFieldException ex) {
				// look in the superclass
			}
		}
		return Optional.empty();
	}

	private static Object value(Object command, Field field) {
		try {
			field.setAccessible(true);
			return field.get(command);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			throw new IllegalStateException("Cannot read " + field.getName() + " of " + command.getClass().getName(), ex);
		}
	}

}
