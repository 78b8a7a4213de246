package dk.aarshjul.task;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
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
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Refuses, before the engine acts, what a person's request ({@link UserRequests}) may not write:
 * <ul>
 * <li>completing a task, submitting its form, resolving it or setting or removing its variables
 * (local or not) with any variable its {@link TaskContract} does not accept, or with a value of
 * the wrong type or beyond its limits; a field the form only shows is accepted unchanged;</li>
 * <li>starting a process with other variables than its start form's;</li>
 * <li>changing a task's name, description, due date, owner, priority or candidates, delegating it
 * or throwing a BPMN error or escalation from it (claiming it, giving it to someone and its
 * follow-up date stay as they are: the four-eyes rules guard who gets it);</li>
 * <li>writing a process's or execution's variables, in one go or in a batch, correlating a message
 * or a signal, and moving or restarting an instance.</li>
 * </ul>
 * Administrators (camunda-admin) keep all of it: it is Cockpit's repair kit. Only the outermost
 * command of a request is checked: the commands Årshjul's listeners run inside it are its own.
 * The refusal is an {@link InvalidTaskInputException} whose Danish message names the field.
 * <p>
 * Camunda's commands offer no getters for what they carry, so it is read by reflection; this
 * class is the one place that knows their insides.
 */
@Component
class ContractGuard extends AbstractProcessEnginePlugin {

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	/** What an {@code identity-links} request may still do: give the task to someone (or take it back). */
	private static final String ASSIGNEE = IdentityLinkType.ASSIGNEE;

	private final ObjectProvider<TaskContractRegistry> registry;

	private final MessageSource messages;

	private final ObjectMapper json;

	private ProcessEngineConfigurationImpl engine;

	ContractGuard(ObjectProvider<TaskContractRegistry> registry, MessageSource messages, ObjectMapper json) {
		this.registry = registry;
		this.messages = messages;
		this.json = json;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		this.engine = configuration;
		List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
				? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
		interceptors.add(new CommandInterceptor() {

			@Override
			public <T> T execute(Command<T> command) {
				if (Context.getCommandContext() == null && UserRequests.underway() && !isAdministrator()) {
					refusal(command).ifPresent(ContractGuard.this::refuse);
				}
				return next.execute(command);
			}

		});
		configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
	}

	/** What is wrong with the command, as a Danish message; nothing when a person may run it. */
	private Optional<String> refusal(Command<?> command) {
		if (command instanceof SubmitTaskFormCmd) {
			return taskVariables(read(command, "taskId"), read(command, "properties"), List.of());
		}
		if (command instanceof CompleteTaskCmd) {
			return taskVariables(read(command, "taskId"), read(command, "variables"), List.of());
		}
		if (command instanceof SetTaskVariablesCmd) {
			return taskVariables(read(command, "entityId"), read(command, "variables"), List.of());
		}
		if (command instanceof PatchTaskVariablesCmd) {
			return taskVariables(read(command, "entityId"), read(command, "variables"), read(command, "deletions"));
		}
		if (command instanceof RemoveTaskVariablesCmd) {
			return taskVariables(read(command, "entityId"), Map.of(), read(command, "variableNames"));
		}
		if (command instanceof SaveTaskCmd) {
			return taskProperties(read(command, "task"));
		}
		if (command instanceof SetTaskNameCmd) {
			return message("contract.task.property", "name");
		}
		if (command instanceof SetTaskDescriptionCmd) {
			return message("contract.task.property", "description");
		}
		if (command instanceof SetTaskDueDateCmd) {
			return message("contract.task.property", "due");
		}
		if (command instanceof SetTaskOwnerCmd || command instanceof DelegateTaskCmd) {
			return message("contract.task.property", "owner");
		}
		if (command instanceof SetTaskPriorityCmd) {
			return message("contract.task.property", "priority");
		}
		if (command instanceof AbstractAddIdentityLinkCmd && !(command instanceof AssignTaskCmd)
				|| command instanceof DeleteIdentityLinkCmd) {
			return ASSIGNEE.equals(read(command, "type")) ? Optional.empty() : message("contract.task.candidates");
		}
		if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
			return message("contract.task.action");
		}
		if (command instanceof SubmitStartFormCmd) {
			return startVariables(read(command, "processDefinitionId"), null, read(command, "variables"));
		}
		if (command instanceof StartProcessInstanceCmd) {
			ProcessInstantiationBuilderImpl start = read(command, "instantiationBuilder");
			return startVariables(start.getProcessDefinitionId(), start.getProcessDefinitionKey(), start.getVariables());
		}
		if (command instanceof AbstractSetVariableCmd || command instanceof AbstractPatchVariablesCmd
				|| command instanceof AbstractRemoveVariableCmd) {
			return message("contract.process.variables", firstName(command));
		}
		if (command instanceof SetVariablesToProcessInstancesBatchCmd || command instanceof SignalCmd
				|| command instanceof SignalEventReceivedCmd || command instanceof MessageEventReceivedCmd
				|| command instanceof CorrelateMessageCmd || command instanceof CorrelateAllMessageCmd
				|| command instanceof ModifyProcessInstanceCmd || command instanceof ModifyProcessInstanceAsyncCmd
				|| command instanceof ProcessInstanceModificationBatchCmd
				|| command instanceof RestartProcessInstancesCmd
				|| command instanceof StartProcessInstanceAtActivitiesCmd) {
			return message("contract.process.action");
		}
		return Optional.empty();
	}

	/** Variables sent with a task, checked against its contract; removals only of what the person fills in. */
	private Optional<String> taskVariables(String taskId, Map<String, ?> sent, Collection<String> removed) {
		Map<String, ?> variables = sent == null ? Map.of() : sent;
		Collection<String> removals = removed == null ? List.of() : removed;
		if (taskId == null || variables.isEmpty() && removals.isEmpty()) {
			return Optional.empty();
		}
		TaskView task = look(context -> TaskView.of(context, taskId, variables.keySet(), registry.getObject()));
		if (task == null || task.processKey() != null && !registry.getObject().governs(task.processKey())) {
			// the command itself answers a task that is not there; a process Årshjul has no contracts
			// for is not one of its models (only an administrator can deploy one)
			return Optional.empty();
		}
		Optional<TaskContract> contract = registry.getObject().contract(task.processKey(), task.taskKey());
		Optional<String> refused = checked(contract, variables, task.current());
		if (refused.isPresent()) {
			return refused;
		}
		return removals.stream()
			.filter(name -> contract.map(fields -> !fields.inputs().contains(name)).orElse(true))
			.findFirst()
			.flatMap(name -> message("contract.field.unknown", name));
	}

	private Optional<String> startVariables(String definitionId, String definitionKey, Map<String, ?> sent) {
		if (sent == null || sent.isEmpty()) {
			return Optional.empty();
		}
		String[] start = look(context -> {
			ProcessDefinitionEntity definition = definitionId != null
					? context.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(definitionId)
					: context.getProcessEngineConfiguration().getDeploymentCache()
						.findDeployedLatestProcessDefinitionByKey(definitionKey);
			return definition == null || definition.getInitial() == null ? null
					: new String[] { definition.getKey(), definition.getInitial().getId() };
		});
		if (start == null || !registry.getObject().governs(start[0])) {
			return Optional.empty();
		}
		return checked(registry.getObject().contract(start[0], start[1]), sent, Map.of());
	}

	/**
	 * The first refused variable, or nothing; then the shown fields the form sent back unchanged are
	 * taken out of the submission, so that an echo never writes (nor retypes) what the task shows.
	 */
	private Optional<String> checked(Optional<TaskContract> contract, Map<String, ?> variables,
			Map<String, Object> current) {
		List<String> echoes = new ArrayList<>();
		for (Map.Entry<String, ?> variable : variables.entrySet()) {
			Optional<TaskContract.Field> field = contract.flatMap(fields -> fields.field(variable.getKey()));
			if (field.isEmpty()) {
				return message("contract.field.unknown", variable.getKey());
			}
			// a variable map hands out its values deserialized; the check wants them as sent, with their type
			Object sent = variables instanceof VariableMap typed ? typed.getValueTyped(variable.getKey()) : variable.getValue();
			Optional<TaskContract.Refusal> refusal = field.get().refusal(sent, current.get(variable.getKey()), json);
			if (refusal.isPresent()) {
				return message(refusal.get().messageKey(), refusal.get().arguments().toArray());
			}
			if (field.get().kind() == TaskContract.Kind.SHOWN) {
				echoes.add(variable.getKey());
			}
		}
		try {
			echoes.forEach(variables::remove);
		}
		catch (UnsupportedOperationException ex) {
			// a caller's fixed map: its echoes are unchanged values, written back as they were
		}
		return Optional.empty();
	}

	/** A task's name, description, due date, owner, priority and the like stay as they are. */
	private Optional<String> taskProperties(Task changed) {
		if (changed == null || changed.getId() == null) {
			return Optional.empty();
		}
		Map<String, Object> stored = look(context -> {
			TaskEntity task = context.getTaskManager().findTaskById(changed.getId());
			return task == null ? null : properties(task);
		});
		if (stored == null) {
			return Optional.empty();
		}
		Map<String, Object> now = properties(changed);
		return stored.keySet().stream()
			.filter(property -> !Objects.equals(stored.get(property), now.get(property)))
			.findFirst()
			.flatMap(property -> message("contract.task.property", property));
	}

	/** By the REST API's names, which is what a person sent; dates to the millisecond. */
	private static Map<String, Object> properties(Task task) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("name", task.getName());
		properties.put("description", task.getDescription());
		properties.put("due", millis(task.getDueDate()));
		properties.put("owner", task.getOwner());
		properties.put("priority", task.getPriority());
		properties.put("parentTaskId", task.getParentTaskId());
		properties.put("caseInstanceId", task.getCaseInstanceId());
		properties.put("tenantId", task.getTenantId());
		properties.put("delegationState", task.getDelegationState());
		return properties;
	}

	private static Long millis(Date date) {
		return date == null ? null : date.getTime();
	}

	/** What the refused command meant to change, by its first variable's name. */
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

	private void refuse(String message) {
		UserRequests.refused(message);
		throw new InvalidTaskInputException(message);
	}

	private boolean isAdministrator() {
		Authentication user = engine.getIdentityService().getCurrentAuthentication();
		if (user == null) {
			return false;
		}
		List<String> adminGroups = engine.getAdminGroups() == null ? List.of() : engine.getAdminGroups();
		List<String> adminUsers = engine.getAdminUsers() == null ? List.of() : engine.getAdminUsers();
		return adminUsers.contains(user.getUserId())
				|| user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(adminGroups::contains);
	}

	/** Reads what the check needs in a command of its own, which this guard lets through. */
	private <T> T look(Function<CommandContext, T> reading) {
		return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> reading.apply(context)));
	}

	private Optional<String> message(String key, Object... arguments) {
		return Optional.of(messages.getMessage(key, arguments, DANISH));
	}

	/**
	 * The task a variable write concerns: its process and task keys, and the values of the shown
	 * fields sent back (read only when some are: a form's own submission costs one query here).
	 */
	private record TaskView(String processKey, String taskKey, Map<String, Object> current) {

		static TaskView of(CommandContext context, String taskId, Collection<String> names,
				TaskContractRegistry contracts) {
			TaskEntity task = context.getTaskManager().findTaskById(taskId);
			if (task == null) {
				return null;
			}
			String processKey = task.getProcessDefinitionId() == null ? null
					: context.getProcessEngineConfiguration().getDeploymentCache()
						.findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getKey();
			Map<String, Object> current = new HashMap<>();
			contracts.contract(processKey, task.getTaskDefinitionKey()).ifPresent(contract -> names.stream()
				.filter(name -> contract.field(name).filter(field -> field.kind() == TaskContract.Kind.SHOWN).isPresent())
				.forEach(name -> current.put(name, task.getVariable(name))));
			return new TaskView(processKey, task.getTaskDefinitionKey(), current);
		}

	}

	/** A field every command of its kind has: when Camunda renames it, the guard refuses rather than lets through. */
	@SuppressWarnings("unchecked")
	private static <T> T read(Object command, String name) {
		Optional<Field> field = field(command, name);
		if (field.isEmpty()) {
			throw new IllegalStateException(command.getClass().getName() + " has no " + name + ": Camunda changed it");
		}
		return (T) value(command, field.get());
	}

	private static Object readOrNull(Object command, String name) {
		return field(command, name).map(field -> value(command, field)).orElse(null);
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
