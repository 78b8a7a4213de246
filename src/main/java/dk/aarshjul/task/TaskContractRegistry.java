package dk.aarshjul.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Every process's task contracts, by process key and task (or start event) key, and the variables
 * no person's request may write: those the models read or set, the engine's multi-instance
 * counters, and any name of a Spring bean (a variable of that name would stand in for the bean in
 * the models' expressions). A contract field may be one of them only where the task decides it
 * ({@link TaskContract.Field#decides()}) or only shows it; otherwise Årshjul does not start.
 */
@Component
public class TaskContractRegistry {

	/** What the engine keeps for a multi-instance activity, and the models' counts and loops rely on. */
	public static final Set<String> MULTI_INSTANCE = Set.of("nrOfInstances", "nrOfActiveInstances",
			"nrOfCompletedInstances", "loopCounter");

	private final Map<String, TaskContract> contracts = new HashMap<>();

	private final Set<String> protectedVariables = new TreeSet<>();

	private final ListableBeanFactory beans;

	TaskContractRegistry(List<TaskContracts> processes, ListableBeanFactory beans) {
		this.beans = beans;
		protectedVariables.addAll(CycleVariables.MODEL);
		protectedVariables.addAll(MULTI_INSTANCE);
		processes.forEach(process -> protectedVariables.addAll(process.modelVariables()));
		for (TaskContracts process : processes) {
			for (TaskContract contract : process.contracts()) {
				if (contracts.put(key(contract.processKey(), contract.taskKey()), contract) != null) {
					throw new IllegalStateException("Two contracts for " + contract.taskKey());
				}
				contract.fields().values().stream()
					.filter(field -> isProtected(field.name()) && !field.decidedHere()
							&& field.kind() != TaskContract.Kind.SHOWN)
					.findFirst()
					.ifPresent(field -> {
						throw new IllegalStateException(contract.taskKey() + " accepts " + field.name()
								+ ", which the models read: declare it as a field the task decides, or leave it out");
					});
			}
		}
	}

	public Optional<TaskContract> contract(String processKey, String taskKey) {
		return Optional.ofNullable(contracts.get(key(processKey, taskKey)));
	}

	/** Whether Årshjul declares contracts for this process (every model in bpmn/ with a user task or start form does). */
	public boolean governs(String processKey) {
		return contracts.values().stream().anyMatch(contract -> contract.processKey().equals(processKey));
	}

	public List<TaskContract> all() {
		return List.copyOf(contracts.values());
	}

	/** The variables named by the models and the engine, beans aside. */
	public Set<String> protectedVariables() {
		return Set.copyOf(protectedVariables);
	}

	public boolean isProtected(String name) {
		return protectedVariables.contains(name) || isBean(name);
	}

	public boolean isBean(String name) {
		return beans.containsBean(name);
	}

	private static String key(String processKey, String taskKey) {
		return processKey + "/" + taskKey;
	}

}
