package dk.aarshjul.overview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.aarshjul.cycle.CycleSummary;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.organisation.UserNames;
import dk.aarshjul.translation.UnitPlanRepository;
import dk.aarshjul.translation.UnitPlanState;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Hvor er planerne?": every running cycle, its phase, its open tasks and who holds them, what is
 * late, and the translation's progress. Built from a fixed number of bulk queries (cycles, their
 * units and dates, unit plans, units, open tasks, open activities, candidates, groups, users),
 * however many plans run, and assembled in memory.
 */
@Service
@Transactional(readOnly = true)
public class PlanOverview {

	private static final Set<String> PHASE_TYPES = Set.of("callActivity", "multiInstanceBody", "userTask");

	private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

	private final StrategyCycleRepository cycles;

	private final UnitPlanRepository unitPlans;

	private final UnitRepository units;

	private final HistoryService history;

	private final IdentityService identity;

	private final MessageSource messages;

	private final Clock clock;

	private final ViewerResolver viewers;

	PlanOverview(StrategyCycleRepository cycles, UnitPlanRepository unitPlans, UnitRepository units,
			HistoryService history, IdentityService identity, MessageSource messages, Clock clock,
			ViewerResolver viewers) {
		this.viewers = viewers;
		this.cycles = cycles;
		this.unitPlans = unitPlans;
		this.units = units;
		this.history = history;
		this.identity = identity;
		this.messages = messages;
		this.clock = clock;
	}

	public List<OverviewRow> rows(Viewer viewer, OverviewFilter filter) {
		// where each cycle waits: the unfinished call activity or user task of its own instance
		Map<String, String> phaseByRoot = new HashMap<>();
		for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().unfinished().list()) {
			if (activity.getProcessInstanceId().equals(activity.getRootProcessInstanceId())
					&& PHASE_TYPES.contains(activity.getActivityType())) {
				phaseByRoot.put(activity.getProcessInstanceId(),
						activity.getActivityId().replace(MULTI_INSTANCE_BODY, ""));
			}
		}
		Map<String, List<HistoricTaskInstance>> tasksByRoot = history.createHistoricTaskInstanceQuery()
			.unfinished()
			.list()
			.stream()
			.collect(Collectors.groupingBy(HistoricTaskInstance::getRootProcessInstanceId));
		Map<String, Set<String>> candidates = currentCandidates();
		Map<String, String> groupNames = identity.createGroupQuery().list().stream()
			.collect(Collectors.toMap(Group::getId, Group::getName));
		Map<String, String> userNames = identity.createUserQuery().list().stream()
			.collect(Collectors.toMap(User::getId, UserNames::of));
		Map<String, Unit> unitsById = units.findAll().stream().collect(Collectors.toMap(Unit::getId, unit -> unit));
		Map<Long, List<String>> translating = cycles.translatingUnits().stream()
			.collect(Collectors.groupingBy(CycleSummary.TranslatingUnit::cycleId,
					Collectors.mapping(CycleSummary.TranslatingUnit::unitId, Collectors.toList())));
		Map<Long, List<LocalDate>> followUps = cycles.followUps().stream()
			.collect(Collectors.groupingBy(CycleSummary.FollowUp::cycleId,
					Collectors.mapping(CycleSummary.FollowUp::date, Collectors.toList())));
		Map<String, UnitPlanState> unitPlanStates = unitPlans.states().stream()
			.collect(Collectors.toMap(state -> state.planId() + "/" + state.cycleYear() + "/" + state.unitId(),
					state -> state, (a, b) -> a));
		Set<String> viewerUnits = viewer.seesEveryPlan() ? Set.of() : subtree(viewer.unitIds(), unitsById);

		List<OverviewRow> rows = new ArrayList<>();
		for (CycleSummary cycle : cycles.summaries()) {
			String phase = phaseByRoot.get(cycle.processInstanceId());
			if (phase == null) {
				continue;
			}
			List<String> unitIds = translating.getOrDefault(cycle.cycleId(), List.of());
			List<HistoricTaskInstance> open = tasksByRoot.getOrDefault(cycle.processInstanceId(), List.of());
			List<OverviewRow.OpenTask> tasks = open.stream()
				.map(task -> openTask(task, candidates.getOrDefault(task.getId(), Set.of()), groupNames, userNames))
				.sorted(Comparator.comparing(OverviewRow.OpenTask::daysOverdue).reversed()
					.thenComparing(OverviewRow.OpenTask::waitingSince))
				.toList();
			List<String> missing = unitIds.stream()
				.filter(unit -> {
					UnitPlanState state = unitPlanStates.get(cycle.planId() + "/" + cycle.cycleYear() + "/" + unit);
					return state == null || !state.isDone();
				})
				.toList();
			Set<String> involved = new LinkedHashSet<>(unitIds);
			open.stream().flatMap(task -> candidates.getOrDefault(task.getId(), Set.of()).stream())
				.map(PlanOverview::unitOfGroup)
				.filter(unitsById::containsKey)
				.forEach(involved::add);
			if (!viewer.seesEveryPlan() && !sees(viewer, viewerUnits, involved, open, candidates)) {
				continue;
			}
			OverviewRow row = new OverviewRow(cycle.cycleId(), cycle.businessKey(), cycle.planCode(),
					cycle.planTitle(), cycle.cycleYear(), phase, phaseName(phase),
					cycle.processInstanceId(), tasks,
					tasks.stream().mapToLong(OverviewRow.OpenTask::daysOverdue).max().orElse(0), unitIds.size()
							- missing.size(),
					unitIds.size(), missing.stream().map(unit -> unitName(unit, unitsById)).toList(),
					List.copyOf(involved),
					new OverviewRow.Calendar(cycle.draftingDeadline(), cycle.consultationDeadline(),
							cycle.financeCommitteeMeeting(), cycle.councilMeeting(), cycle.translationDeadline(),
							followUps.getOrDefault(cycle.cycleId(), List.of()).stream().sorted().toList(),
							cycle.periodEnd()));
			if (filter.admits(row)) {
				rows.add(row);
			}
		}
		rows.sort(Comparator.comparingLong(OverviewRow::daysOverdue).reversed()
			.thenComparing(OverviewRow::nextDue, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(OverviewRow::businessKey));
		return rows;
	}

	/** The signed-in user as a viewer of plans. */
	public Viewer viewerOf(Authentication user) {
		return viewers.of(user);
	}

	/** Whether the viewer may open the cycle's page: everything for process owners and the board. */
	public boolean visibleTo(Viewer viewer, String businessKey) {
		return viewer.seesEveryPlan()
				|| rows(viewer, OverviewFilter.none()).stream().anyMatch(row -> row.businessKey().equals(businessKey));
	}

	/** The phase names for the filter, in the cycle's order. */
	public Map<String, String> phases() {
		Map<String, String> phases = new LinkedHashMap<>();
		for (String activity : List.of("callActivity_drafting", "callActivity_medConsultation",
				"callActivity_politicalApproval", "userTask_chooseTranslatingUnits", "callActivity_unitTranslation",
				"callActivity_followUpRound", "userTask_evaluatePlan")) {
			phases.put(activity, phaseName(activity));
		}
		return phases;
	}

	private OverviewRow.OpenTask openTask(HistoricTaskInstance task, Set<String> candidates,
			Map<String, String> groupNames, Map<String, String> userNames) {
		String heldBy = task.getAssignee() != null ? userNames.getOrDefault(task.getAssignee(), task.getAssignee())
				: candidates.stream()
					.map(candidate -> candidate.startsWith("user:")
							? userNames.getOrDefault(candidate.substring(5), candidate.substring(5))
							: groupNames.getOrDefault(candidate, candidate))
					.sorted()
					.collect(Collectors.joining(", "));
		Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
		long overdue = due == null || !due.isBefore(clock.instant()) ? 0
				: Math.max(1, Duration.between(due, clock.instant()).toDays());
		return new OverviewRow.OpenTask(task.getId(), task.getName(), heldBy, task.getStartTime().toInstant(), due,
				overdue);
	}

	/**
	 * Each open task's candidates now (groups by id, users as {@code user:<id>}), replayed from the
	 * identity link log in one query.
	 */
	private Map<String, Set<String>> currentCandidates() {
		Map<String, Set<String>> candidates = new HashMap<>();
		for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery()
			.type(IdentityLinkType.CANDIDATE)
			.orderByTime()
			.asc()
			.list()) {
			if (link.getTaskId() == null) {
				continue;
			}
			String who = link.getGroupId() != null ? link.getGroupId() : "user:" + link.getUserId();
			Set<String> current = candidates.computeIfAbsent(link.getTaskId(), id -> new LinkedHashSet<>());
			if ("add".equals(link.getOperationType())) {
				current.add(who);
			}
			else {
				current.remove(who);
			}
		}
		return candidates;
	}

	private static boolean sees(Viewer viewer, Set<String> viewerUnits, Set<String> involved,
			List<HistoricTaskInstance> open, Map<String, Set<String>> candidates) {
		if (involved.stream().anyMatch(viewerUnits::contains)) {
			return true;
		}
		return open.stream()
			.anyMatch(task -> viewer.userId().equals(task.getAssignee()) || candidates
				.getOrDefault(task.getId(), Set.of())
				.stream()
				.anyMatch(candidate -> viewer.groupIds().contains(candidate)
						|| candidate.equals("user:" + viewer.userId())));
	}

	/** The units and every unit below them. */
	private static Set<String> subtree(Set<String> roots, Map<String, Unit> units) {
		Set<String> subtree = new HashSet<>(roots);
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Unit unit : units.values()) {
				if (unit.getParentId() != null && subtree.contains(unit.getParentId()) && subtree.add(unit.getId())) {
					grew = true;
				}
			}
		}
		return subtree;
	}

	private static String unitOfGroup(String group) {
		if (group.startsWith("unit-")) {
			String rest = group.substring(5);
			int end = rest.lastIndexOf('-');
			return end < 0 ? rest : rest.substring(0, end);
		}
		return group;
	}

	private static String unitName(String unitId, Map<String, Unit> units) {
		Unit unit = units.get(unitId);
		return unit == null ? unitId : unit.getName();
	}

	private String phaseName(String activityId) {
		return messages.getMessage("phase." + activityId, null, activityId, LocaleContextHolder.getLocale());
	}

}
