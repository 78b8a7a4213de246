package dk.aarshjul.cockpit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diagram's heat map: per flow node how many instances wait there, how long on average and at
 * most, and how many of them have a task past its due date. Community Cockpit shows only the count.
 */
@Service
@Transactional(readOnly = true)
class FlowNodeHeat {

	record Heat(String activityId, String name, int waiting, long averageWaitingMillis, long maxWaitingMillis,
			int late) {
	}

	private final WaitingNow waiting;

	private final Lateness lateness;

	FlowNodeHeat(WaitingNow waiting, Lateness lateness) {
		this.waiting = waiting;
		this.lateness = lateness;
	}

	List<Heat> of(String processDefinitionId) {
		Map<String, List<WaitingNow.Node>> byActivity = new LinkedHashMap<>();
		for (WaitingNow.Instance instance : waiting.in(processDefinitionId)) {
			for (WaitingNow.Node node : instance.nodes()) {
				byActivity.computeIfAbsent(node.activityId(), id -> new ArrayList<>()).add(node);
			}
		}
		List<Heat> heat = new ArrayList<>();
		byActivity.forEach((activityId, nodes) -> {
			long total = 0;
			long max = 0;
			int late = 0;
			for (WaitingNow.Node node : nodes) {
				long waited = lateness.millisSince(node.since());
				total += waited;
				max = Math.max(max, waited);
				if (node.tasks().stream().anyMatch(task -> lateness.daysLate(task.getDueDate()) > 0)) {
					late++;
				}
			}
			heat.add(new Heat(activityId, nodes.get(0).name(), nodes.size(), total / nodes.size(), max, late));
		});
		return heat;
	}

}
