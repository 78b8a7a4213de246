package dk.aarshjul.cockpit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.aarshjul.cycle.CycleSummary;
import dk.aarshjul.deadline.DeadlineEscalation;
import dk.aarshjul.deadline.DeadlineEscalationRepository;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.translation.UnitPlan;
import dk.aarshjul.translation.UnitPlanRepository;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "Årshjul" tab of a process instance in Cockpit: the cycle it belongs to, its phases and every
 * step passed (who, when, how long), the open tasks with their waiting time and escalations, and
 * each translating unit's state. The same dozen statements for a plan in its first week or its
 * last.
 */
@Service
@Transactional(readOnly = true)
class InstanceTimeline {

	private static final Set<String> PHASES = Set.of("callActivity", "userTask");

	private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

	record Timeline(String processInstanceId, String rootProcessInstanceId, String businessKey, String planCode,
			String planTitle, Integer year, List<Phase> phases, List<Step> steps, List<OpenTask> openTasks,
			List<UnitState> units) {
	}

	record Phase(String activityId, String name, Instant startedAt, Instant endedAt, long durationMillis) {
	}

	record Step(String name, String who, Instant startedAt, Instant endedAt, long durationMillis) {
	}

	record OpenTask(String taskId, String name, String heldBy, Instant waitingSince, long waitingMillis,
			Instant due, long daysLate, List<Escalation> escalations) {
	}

	record Escalation(int level, String escalatedTo, Instant escalatedAt) {
	}

	record UnitState(String unitId, String unit, String state) {
	}

	private final HistoryService history;

	private final CockpitCycles cycles;

	private final DeadlineEscalationRepository escalations;

	private final UnitPlanRepository unitPlans;

	private final UnitRepository units;

	private final TaskHolders holders;

	private final Lateness lateness;

	private final MessageSource messages;

	InstanceTimeline(HistoryService history, CockpitCycles cycles, DeadlineEscalationRepository escalations,
			UnitPlanRepository unitPlans, UnitRepository units, TaskHolders holders, Lateness lateness,
			MessageSource messages) {
		this.history = history;
		this.cycles = cycles;
		this.escalations = escalations;
		this.unitPlans = unitPlans;
		this.units = units;
		this.holders = holders;
		this.lateness = lateness;
		this.messages = messages;
	}

	Optional<Timeline> of(String processInstanceId) {
		HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		if (instance == null) {
			return Optional.empty();
		}
		String root = instance.getRootProcessInstanceId();
		List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery().rootProcessInstanceId(root).list();
		List<HistoricTaskInstance> open = tasks.stream().filter(task -> task.getEndTime() == null).toList();
		Map<String, String> heldBy = holders.of(open);
		Map<String, String> who = holders.namesOf(tasks.stream().map(HistoricTaskInstance::getAssignee).toList());
		List<Step> steps = tasks.stream()
			.filter(task -> task.getEndTime() != null && !"deleted".equals(task.getDeleteReason()))
			.sorted(Comparator.comparing(HistoricTaskInstance::getEndTime))
			.map(task -> new Step(task.getName(),
					task.getAssignee() == null ? "" : who.getOrDefault(task.getAssignee(), task.getAssignee()),
					task.getStartTime().toInstant(), task.getEndTime().toInstant(), task.getDurationInMillis()))
			.toList();

		Optional<CycleSummary> cycle = cycles.summariesOf(List.of(root)).stream().findFirst();
		Map<String, List<Escalation>> escalationsByTask = cycle
			.map(found -> escalations.findByPlanIdOrderByEscalatedAtAscIdAsc(found.planId())
				.stream()
				.filter(escalation -> escalation.getCycleId().equals(found.cycleId()))
				.collect(Collectors.groupingBy(DeadlineEscalation::getTaskId, Collectors.mapping(
						escalation -> new Escalation(escalation.getLevel(), escalation.getEscalatedTo(),
								escalation.getEscalatedAt()),
						Collectors.toList()))))
			.orElse(Map.of());
		List<OpenTask> openTasks = open.stream()
			.sorted(Comparator.comparing(HistoricTaskInstance::getStartTime))
			.map(task -> new OpenTask(task.getId(), task.getName(), heldBy.getOrDefault(task.getId(), ""),
					task.getStartTime().toInstant(), lateness.millisSince(task.getStartTime().toInstant()),
					task.getDueDate() == null ? null : task.getDueDate().toInstant(),
					lateness.daysLate(task.getDueDate()), escalationsByTask.getOrDefault(task.getId(), List.of())))
			.toList();

		return Optional.of(new Timeline(processInstanceId, root, cycle.map(CycleSummary::businessKey)
			.orElse(instance.getBusinessKey()), cycle.map(CycleSummary::planCode).orElse(null),
				cycle.map(CycleSummary::planTitle).orElse(null), cycle.map(CycleSummary::cycleYear).orElse(null),
				phases(root), steps, openTasks, cycle.map(this::unitStates).orElse(List.of())));
	}

	/** The cycle's own steps, in order; a step run once per unit is one phase from the first start to the last end. */
	private List<Phase> phases(String root) {
		Map<String, Phase> phases = new LinkedHashMap<>();
		for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
			.processInstanceId(root)
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.orderPartiallyByOccurrence()
			.asc()
			.list()) {
			if (!PHASES.contains(activity.getActivityType())) {
				continue;
			}
			String id = activity.getActivityId().replace(MULTI_INSTANCE_BODY, "");
			Instant start = activity.getStartTime().toInstant();
			Instant end = activity.getEndTime() == null ? null : activity.getEndTime().toInstant();
			Phase known = phases.get(id);
			if (known != null) {
				start = known.startedAt();
				end = known.endedAt() == null || end == null ? null : end.isAfter(known.endedAt()) ? end
						: known.endedAt();
			}
			long duration = end == null ? lateness.millisSince(start) : end.toEpochMilli() - start.toEpochMilli();
			phases.put(id, new Phase(id, phaseName(activity), start, end, duration));
		}
		return new ArrayList<>(phases.values());
	}

	/** Each translating unit: handed in, sent back, approved, or still missing. */
	private List<UnitState> unitStates(CycleSummary cycle) {
		List<String> unitIds = cycles.translatingUnitsOf(cycle.cycleId());
		if (unitIds.isEmpty()) {
			return List.of();
		}
		Map<String, String> names = units.findAllById(unitIds).stream()
			.collect(Collectors.toMap(Unit::getId, Unit::getName));
		Map<String, UnitPlan.Status> states = unitPlans.findByPlanId(cycle.planId())
			.stream()
			.filter(plan -> plan.getCycleYear() == cycle.cycleYear())
			.collect(Collectors.toMap(UnitPlan::getUnitId, UnitPlan::getStatus, (a, b) -> a));
		return unitIds.stream()
			.map(unit -> new UnitState(unit, names.getOrDefault(unit, unit),
					states.containsKey(unit) && states.get(unit) != UnitPlan.Status.DRAFT
							? message("unitPlan.status." + states.get(unit)) : message("matrix.missing")))
			.toList();
	}

	private String phaseName(HistoricActivityInstance activity) {
		String id = activity.getActivityId().replace(MULTI_INSTANCE_BODY, "");
		String fallback = activity.getActivityName() != null ? activity.getActivityName() : id;
		return messages.getMessage("phase." + id, null, fallback, LocaleContextHolder.getLocale());
	}

	private String message(String code) {
		return messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

}
