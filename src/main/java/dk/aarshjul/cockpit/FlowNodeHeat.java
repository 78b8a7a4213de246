package dk.aarshjul.cockpit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.aarshjul.cycle.StrategyCycleProcess;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diagram's heat map: per flow node how many instances wait there, how long on average and at
 * most, and how many of them have a task past its due date. Community Cockpit shows only the count.
 * For the strategy cycle it is one aggregate of the cycles' positions (each phase a flow node), for
 * a process the cycle calls one aggregate of where its instances wait (CalledProcessQueries).
 */
@Service
@Transactional(readOnly = true)
class FlowNodeHeat {

	record Heat(String activityId, String name, int waiting, long averageWaitingMillis, long maxWaitingMillis,
			int late) {
	}

	private final WaitingNow waiting;

	private final Lateness lateness;

	private final CyclePositionQueries positions;

	private final CalledProcessQueries called;

	private final MessageSource messages;

	FlowNodeHeat(WaitingNow waiting, Lateness lateness, CyclePositionQueries positions, CalledProcessQueries called,
			MessageSource messages) {
		this.positions = positions;
		this.called = called;
		this.messages = messages;
		this.waiting = waiting;
		this.lateness = lateness;
	}

	List<Heat> of(String processDefinitionId) {
		String key = positions.keyOf(processDefinitionId);
		if (CalledProcessQueries.CALLED_KEYS.contains(key)) {
			// where each instance waits is kept: one aggregate of those rows
			long now = lateness.now().toEpochMilli();
			return called.heat(processDefinitionId, lateness.now()).stream()
				.map(node -> new Heat(node.activityId(),
						messages.getMessage("phase." + node.activityId(), null,
								node.name() != null ? node.name() : node.activityId(), LocaleContextHolder.getLocale()),
						node.waiting(), Math.max(0, now - node.averageSinceMillis()),
						Math.max(0, now - node.earliestSinceMillis()), node.late()))
				.toList();
		}
		if (StrategyCycleProcess.KEY.equals(key)) {
			// the cycles wait in their phases: one aggregate of their positions
			long now = lateness.now().toEpochMilli();
			return positions.heat(processDefinitionId, lateness.now()).stream()
				.map(phase -> new Heat(phase.phase(),
						messages.getMessage("phase." + phase.phase(), null, phase.phase(), LocaleContextHolder.getLocale()),
						phase.waiting(), Math.max(0, now - phase.averageSinceMillis()),
						Math.max(0, now - phase.earliestSinceMillis()), phase.late()))
				.toList();
		}
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
