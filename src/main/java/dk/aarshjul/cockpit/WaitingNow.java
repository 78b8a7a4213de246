package dk.aarshjul.cockpit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Where the running instances of one process definition wait right now: per instance the flow nodes
 * it waits in, since when, and the open tasks under each node (its own user tasks, and those of the
 * process a call activity started). Two statements, however many instances run: the definition's
 * unfinished activity instances, and the open tasks.
 */
@Component
class WaitingNow {

	private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

	private static final Set<String> CONTAINERS = Set.of("subProcess", "processDefinition");

	private final HistoryService history;

	private final MessageSource messages;

	WaitingNow(HistoryService history, MessageSource messages) {
		this.history = history;
		this.messages = messages;
	}

	/** A flow node an instance waits in. */
	record Node(String activityId, String name, Instant since, List<HistoricTaskInstance> tasks) {
	}

	/** One running instance of the definition and where it waits. */
	record Instance(String processInstanceId, String rootProcessInstanceId, List<Node> nodes) {

		Instant since() {
			return nodes.stream().map(Node::since).min(Comparator.naturalOrder()).orElse(Instant.EPOCH);
		}

		List<HistoricTaskInstance> tasks() {
			return nodes.stream().flatMap(node -> node.tasks().stream()).toList();
		}

	}

	List<Instance> in(String processDefinitionId) {
		Map<String, Map<String, Node>> nodesByInstance = new LinkedHashMap<>();
		Map<String, String> roots = new HashMap<>();
		// a call activity's process instance, to the node (instance id, activity id) that started it
		Map<String, String[]> calledBy = new HashMap<>();
		boolean rootsOnly = true;
		for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
			.processDefinitionId(processDefinitionId)
			.unfinished()
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.list()) {
			if (CONTAINERS.contains(activity.getActivityType())) {
				continue;
			}
			String instanceId = activity.getProcessInstanceId();
			roots.put(instanceId, activity.getRootProcessInstanceId());
			rootsOnly &= instanceId.equals(activity.getRootProcessInstanceId());
			String activityId = activity.getActivityId().replace(MULTI_INSTANCE_BODY, "");
			Map<String, Node> nodes = nodesByInstance.computeIfAbsent(instanceId, id -> new LinkedHashMap<>());
			Node known = nodes.get(activityId);
			String name = known != null && known.name() != null ? known.name() : activity.getActivityName();
			Instant start = activity.getStartTime().toInstant();
			nodes.put(activityId, new Node(activityId, name,
					known == null || start.isBefore(known.since()) ? start : known.since(),
					known == null ? new ArrayList<>() : known.tasks()));
			if (activity.getCalledProcessInstanceId() != null) {
				calledBy.put(activity.getCalledProcessInstanceId(), new String[] { instanceId, activityId });
			}
		}
		if (nodesByInstance.isEmpty()) {
			return List.of();
		}
		HistoricTaskInstanceQuery openTasks = history.createHistoricTaskInstanceQuery().unfinished();
		// a called process's tasks are its own; a cycle's are in the processes it calls
		if (!rootsOnly) {
			openTasks.processDefinitionId(processDefinitionId);
		}
		for (HistoricTaskInstance task : openTasks.list()) {
			Node node = null;
			Map<String, Node> own = nodesByInstance.get(task.getProcessInstanceId());
			if (own != null) {
				node = own.get(task.getTaskDefinitionKey());
			}
			else if (calledBy.containsKey(task.getProcessInstanceId())) {
				String[] caller = calledBy.get(task.getProcessInstanceId());
				node = nodesByInstance.get(caller[0]).get(caller[1]);
			}
			if (node != null) {
				node.tasks().add(task);
			}
		}
		List<Instance> instances = new ArrayList<>();
		nodesByInstance.forEach((id, nodes) -> instances.add(new Instance(id, roots.get(id),
				nodes.values().stream().map(node -> new Node(node.activityId(), phaseName(node), node.since(),
						node.tasks())).toList())));
		return instances;
	}

	/** The cycle's phases by the overview's names (Udkast, Høring i MED …), other nodes by their BPMN name. */
	private String phaseName(Node node) {
		String fallback = node.name() != null ? node.name() : node.activityId();
		return messages.getMessage("phase." + node.activityId(), null, fallback, LocaleContextHolder.getLocale());
	}

}
