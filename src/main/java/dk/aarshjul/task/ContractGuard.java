package dk.aarshjul.task;

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
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.engine.CommandWrapper;
import dk.aarshjul.engine.EngineCommands;
import dk.aarshjul.engine.RunningCommand;
import dk.aarshjul.engine.UserRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
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
 * What a command carries is read out of it by {@code engine.Commands} ({@link UserRequest}). The
 * guard runs inside the failure log and the completion retry of {@code system} (orders 0 and 1).
 */
@Component
@Order(ContractGuard.ORDER)
class ContractGuard implements CommandWrapper {

	static final int ORDER = 10;

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	/** What an {@code identity-links} request may still do: give the task to someone (or take it back). */
	private static final String ASSIGNEE = IdentityLinkType.ASSIGNEE;

	private final ObjectProvider<TaskContractRegistry> registry;

	private final MessageSource messages;

	private final ObjectMapper json;

	// the engine's, looked up at the first check: the guard is made while the engine is being built
	private final ObjectProvider<ProcessEngine> engine;

	private final ObjectProvider<EngineCommands> commands;

	ContractGuard(ObjectProvider<TaskContractRegistry> registry, MessageSource messages, ObjectMapper json,
			ObjectProvider<ProcessEngine> engine, ObjectProvider<EngineCommands> commands) {
		this.registry = registry;
		this.messages = messages;
		this.json = json;
		this.engine = engine;
		this.commands = commands;
	}

	@Override
	public <T> T execute(RunningCommand<T> command) {
		if (command.outermost() && UserRequests.underway() && !command.byAdministrator()) {
			command.request().flatMap(this::refusal).ifPresent(this::refuse);
		}
		return command.proceed();
	}

	/** What is wrong with the request, as a Danish message; nothing when a person may make it. */
	private Optional<String> refusal(UserRequest request) {
		if (request instanceof UserRequest.TaskVariables task) {
			return taskVariables(task.taskId(), task.variables(), task.removed());
		}
		if (request instanceof UserRequest.TaskSaved saved) {
			return taskProperties(saved.task());
		}
		if (request instanceof UserRequest.TaskPropertySet property) {
			return message("contract.task.property", property.property());
		}
		if (request instanceof UserRequest.TaskLinkChanged link) {
			return ASSIGNEE.equals(link.type()) ? Optional.empty() : message("contract.task.candidates");
		}
		if (request instanceof UserRequest.TaskErrorThrown) {
			return message("contract.task.action");
		}
		if (request instanceof UserRequest.StartVariables start) {
			return startVariables(start.processKey(), start.startActivityId(), start.variables());
		}
		if (request instanceof UserRequest.ProcessVariables variables) {
			return message("contract.process.variables", variables.firstName());
		}
		if (request instanceof UserRequest.ProcessMoved) {
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
		TaskView task = look(() -> TaskView.of(engine.getObject(), taskId, variables.keySet(), registry.getObject()));
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

	private Optional<String> startVariables(String processKey, String startActivityId, Map<String, ?> sent) {
		if (!registry.getObject().governs(processKey)) {
			return Optional.empty();
		}
		return checked(registry.getObject().contract(processKey, startActivityId), sent, Map.of());
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
		Map<String, Object> stored = look(() -> {
			Task task = engine.getObject().getTaskService().createTaskQuery().taskId(changed.getId()).singleResult();
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

	private void refuse(String message) {
		UserRequests.refused(message);
		throw new InvalidTaskInputException(message);
	}

	/** Reads what the check needs in a command of its own, without authorizations, which this guard lets through. */
	private <T> T look(Supplier<T> reading) {
		return commands.getObject().withoutAuthorization(reading);
	}

	private Optional<String> message(String key, Object... arguments) {
		return Optional.of(messages.getMessage(key, arguments, DANISH));
	}

	/**
	 * The task a variable write concerns: its process and task keys, and the values of the shown
	 * fields sent back (read only when some are: a form's own submission costs one query here).
	 */
	private record TaskView(String processKey, String taskKey, Map<String, Object> current) {

		static TaskView of(ProcessEngine engine, String taskId, Collection<String> names,
				TaskContractRegistry contracts) {
			Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
			if (task == null) {
				return null;
			}
			String processKey = task.getProcessDefinitionId() == null ? null
					: engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey();
			Map<String, Object> current = new HashMap<>();
			contracts.contract(processKey, task.getTaskDefinitionKey()).ifPresent(contract -> names.stream()
				.filter(name -> contract.field(name).filter(field -> field.kind() == TaskContract.Kind.SHOWN).isPresent())
				.forEach(name -> current.put(name, engine.getTaskService().getVariable(taskId, name))));
			return new TaskView(processKey, task.getTaskDefinitionKey(), current);
		}

	}

}
