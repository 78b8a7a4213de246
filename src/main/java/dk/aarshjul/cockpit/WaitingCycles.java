package dk.aarshjul.cockpit;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.aarshjul.cycle.CycleSummary;
import dk.aarshjul.cycle.StrategyCycleProcess;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Hvor er planerne?" on a process definition's page in Cockpit: its running instances, most
 * overdue first, a page at a time. For the strategy cycle the order, count and page come from
 * each cycle's position (CyclePositionQueries, the overview's order: the earliest due date first),
 * and only the page's cycles have their tasks read. For a process the cycle calls the same from
 * where each of its instances waits (CalledProcessQueries): the earliest due date first, then the
 * longest waiting. For any other process the order needs what {@link WaitingNow} reads in two
 * statements; the plans, holders and names are read for the page's rows alone.
 */
@Service
@Transactional(readOnly = true)
class WaitingCycles {

	/** One page of rows and how many there are in all. */
	record Page(int page, int size, int total, List<Row> rows) {
	}

	/** A running instance: the plan it serves, where it waits, its open tasks and how late it is. */
	record Row(String processInstanceId, String rootProcessInstanceId, String businessKey, String planCode,
			String planTitle, Integer year, String phase, List<String> activityIds, Instant waitingSince,
			long daysLate, List<OpenTask> tasks) {
	}

	record OpenTask(String taskId, String name, String heldBy, Instant waitingSince, Instant due, long daysLate) {
	}

	private final WaitingNow waiting;

	private final CockpitCycles cycles;

	private final TaskHolders holders;

	private final Lateness lateness;

	private final CyclePositionQueries positions;

	private final CalledProcessQueries called;

	private final MessageSource messages;

	WaitingCycles(WaitingNow waiting, CockpitCycles cycles, TaskHolders holders, Lateness lateness,
			CyclePositionQueries positions, CalledProcessQueries called, MessageSource messages) {
		this.positions = positions;
		this.called = called;
		this.messages = messages;
		this.waiting = waiting;
		this.cycles = cycles;
		this.holders = holders;
		this.lateness = lateness;
	}

	Page of(String processDefinitionId, int page, int size) {
		String key = positions.keyOf(processDefinitionId);
		if (StrategyCycleProcess.KEY.equals(key)) {
			return ofCycles(processDefinitionId, page, size);
		}
		return CalledProcessQueries.CALLED_KEYS.contains(key) ? ofCalledProcess(processDefinitionId, page, size)
				: ofOtherProcess(processDefinitionId, page, size);
	}

	private Page ofCycles(String processDefinitionId, int page, int size) {
		int total = positions.count(processDefinitionId);
		List<CyclePositionQueries.Cycle> shown = total == 0 ? List.of()
				: positions.page(processDefinitionId, size, (long) page * size);
		if (shown.isEmpty()) {
			return new Page(page, size, total, List.of());
		}
		Map<String, List<CyclePositionQueries.OpenTask>> tasksByRoot = positions
			.openTasks(shown.stream().map(CyclePositionQueries.Cycle::processInstanceId).toList())
			.stream()
			.collect(Collectors.groupingBy(CyclePositionQueries.OpenTask::rootProcessInstanceId));
		Map<String, String> heldBy = holders.ofHeld(tasksByRoot.values().stream().flatMap(List::stream)
			.map(task -> new TaskHolders.Held(task.id(), task.assignee())).toList());
		List<Row> rows = shown.stream().map(cycle -> {
			List<OpenTask> tasks = tasksByRoot.getOrDefault(cycle.processInstanceId(), List.of()).stream()
				.map(task -> new OpenTask(task.id(), task.name(), heldBy.getOrDefault(task.id(), ""), task.created(),
						task.due() == null ? null : task.due().toInstant(), lateness.daysLate(task.due())))
				.sorted(Comparator.comparingLong(OpenTask::daysLate).reversed().thenComparing(OpenTask::waitingSince))
				.toList();
			return new Row(cycle.processInstanceId(), cycle.processInstanceId(), cycle.businessKey(), cycle.planCode(),
					cycle.planTitle(), cycle.year(), phaseName(cycle.phase()), List.of(cycle.phase()), cycle.phaseSince(),
					tasks.stream().mapToLong(OpenTask::daysLate).max().orElse(0), tasks);
		}).toList();
		return new Page(page, size, total, rows);
	}

	private String phaseName(String activityId) {
		return messages.getMessage("phase." + activityId, null, activityId, LocaleContextHolder.getLocale());
	}

	private Page ofCalledProcess(String processDefinitionId, int page, int size) {
		int total = called.count(processDefinitionId);
		List<CalledProcessQueries.Instance> shown = total == 0 ? List.of()
				: called.page(processDefinitionId, size, (long) page * size);
		if (shown.isEmpty()) {
			return new Page(page, size, total, List.of());
		}
		List<String> ids = shown.stream().map(CalledProcessQueries.Instance::processInstanceId).toList();
		Map<String, List<CalledProcessQueries.Node>> nodesByInstance = called.nodes(ids).stream()
			.collect(Collectors.groupingBy(CalledProcessQueries.Node::processInstanceId));
		Map<String, List<CalledProcessQueries.OpenTask>> tasksByInstance = called.openTasks(ids).stream()
			.collect(Collectors.groupingBy(CalledProcessQueries.OpenTask::processInstanceId));
		Map<String, String> heldBy = holders.ofHeld(tasksByInstance.values().stream().flatMap(List::stream)
			.map(task -> new TaskHolders.Held(task.id(), task.assignee())).toList());
		List<Row> rows = shown.stream().map(instance -> {
			List<CalledProcessQueries.Node> nodes = nodesByInstance.getOrDefault(instance.processInstanceId(), List.of());
			List<OpenTask> tasks = tasksByInstance.getOrDefault(instance.processInstanceId(), List.of()).stream()
				.map(task -> new OpenTask(task.id(), task.name(), heldBy.getOrDefault(task.id(), ""), task.created(),
						task.due() == null ? null : task.due().toInstant(), lateness.daysLate(task.due())))
				.sorted(Comparator.comparingLong(OpenTask::daysLate).reversed().thenComparing(OpenTask::waitingSince))
				.toList();
			return new Row(instance.processInstanceId(), instance.rootProcessInstanceId(), instance.businessKey(),
					instance.planCode(), instance.planTitle(), instance.year(),
					nodes.stream().map(node -> nodeName(node.activityId(), node.name())).collect(Collectors.joining(", ")),
					nodes.stream().map(CalledProcessQueries.Node::activityId).toList(), instance.since(),
					tasks.stream().mapToLong(OpenTask::daysLate).max().orElse(0), tasks);
		}).toList();
		return new Page(page, size, total, rows);
	}

	/** A node by the overview's phase name if it has one, else by its BPMN name. */
	private String nodeName(String activityId, String name) {
		return messages.getMessage("phase." + activityId, null, name != null ? name : activityId,
				LocaleContextHolder.getLocale());
	}

	/**
	 * A process the cycle does not call (a journal delivery, a notification): few run at a time and
	 * none is tracked, so its waits are read from history and sorted here.
	 */
	private Page ofOtherProcess(String processDefinitionId, int page, int size) {
		List<WaitingNow.Instance> instances = waiting.in(processDefinitionId)
			.stream()
			.sorted(Comparator.comparingLong(this::daysLate)
				.reversed()
				.thenComparing(WaitingNow.Instance::since)
				.thenComparing(WaitingNow.Instance::processInstanceId))
			.toList();
		List<WaitingNow.Instance> shown = instances.stream().skip((long) page * size).limit(size).toList();
		Map<String, CycleSummary> cyclesByInstance = shown.isEmpty() ? Map.of()
				: cycles.summariesOf(shown.stream().map(WaitingNow.Instance::rootProcessInstanceId).toList())
					.stream()
					.collect(Collectors.toMap(CycleSummary::processInstanceId, Function.identity()));
		Map<String, String> heldBy = holders.of(shown.stream().flatMap(instance -> instance.tasks().stream()).toList());
		List<Row> rows = shown.stream().map(instance -> {
			CycleSummary cycle = cyclesByInstance.get(instance.rootProcessInstanceId());
			List<OpenTask> tasks = instance.tasks().stream()
				.map(task -> new OpenTask(task.getId(), task.getName(), heldBy.getOrDefault(task.getId(), ""),
						task.getStartTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
						lateness.daysLate(task.getDueDate())))
				.sorted(Comparator.comparingLong(OpenTask::daysLate).reversed().thenComparing(OpenTask::waitingSince))
				.toList();
			return new Row(instance.processInstanceId(), instance.rootProcessInstanceId(),
					cycle == null ? null : cycle.businessKey(), cycle == null ? null : cycle.planCode(),
					cycle == null ? null : cycle.planTitle(), cycle == null ? null : cycle.cycleYear(),
					instance.nodes().stream().map(WaitingNow.Node::name).collect(Collectors.joining(", ")),
					instance.nodes().stream().map(WaitingNow.Node::activityId).toList(), instance.since(),
					daysLate(instance), tasks);
		}).toList();
		return new Page(page, size, instances.size(), rows);
	}

	private long daysLate(WaitingNow.Instance instance) {
		return instance.tasks().stream().map(HistoricTaskInstance::getDueDate).mapToLong(lateness::daysLate).max()
			.orElse(0);
	}

}
