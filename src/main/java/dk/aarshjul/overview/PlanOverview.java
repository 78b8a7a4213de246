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
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import dk.aarshjul.cycle.CyclePhases;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.organisation.UserNames;
import dk.aarshjul.translation.UnitPlan;
import dk.aarshjul.translation.UnitPlanState;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Hvor er planerne?": the running cycles, most overdue first, a page at a time: each cycle's
 * phase, its open tasks and who holds them, what is late, and the translation's progress. The
 * database sorts, counts and tallies (OverviewQueries); only the page's cycles are read in full,
 * with a fixed number of statements however many plans run and however long the history is.
 */
@Service
@Transactional(readOnly = true)
public class PlanOverview {

	private static final List<String> PHASES = CyclePhases.IN_ORDER;

	/** The export reads this many cycles at a time, so memory stays flat however long the list. */
	static final int EXPORT_CHUNK = 500;

	private final OverviewQueries queries;

	private final UnitRepository units;

	private final IdentityService identity;

	private final MessageSource messages;

	private final Clock clock;

	private final ViewerResolver viewers;

	PlanOverview(OverviewQueries queries, UnitRepository units, IdentityService identity, MessageSource messages,
			Clock clock, ViewerResolver viewers) {
		this.queries = queries;
		this.units = units;
		this.identity = identity;
		this.messages = messages;
		this.clock = clock;
		this.viewers = viewers;
	}

	/** One page of the running cycles the viewer may see, with the count and tally of them all. */
	public OverviewPage page(Viewer viewer, OverviewFilter filter, int page, int size) {
		Organisation organisation = organisation();
		OverviewQueries.Scope scope = scope(viewer, filter, organisation, null);
		Instant now = clock.instant();
		List<OverviewQueries.Tally> tallies = queries.tallies(scope, now);
		long total = tallies.stream().mapToLong(OverviewQueries.Tally::plans).sum();
		long overdue = tallies.stream().filter(OverviewQueries.Tally::late).mapToLong(OverviewQueries.Tally::plans).sum();
		Map<String, Long> byPhase = new LinkedHashMap<>();
		for (String phase : PHASES) {
			long plans = tallies.stream().filter(tally -> phase.equals(tally.phase()))
				.mapToLong(OverviewQueries.Tally::plans).sum();
			if (plans > 0) {
				byPhase.put(phase, plans);
			}
		}
		Map<LocalDate, Long> headings = new TreeMap<>();
		tallies.stream().filter(tally -> tally.heading() != null)
			.forEach(tally -> headings.merge(tally.heading(), (long) tally.plans(), Long::sum));

		int pages = (int) Math.max(1, (total + size - 1) / size);
		int shown = Math.min(Math.max(1, page), pages);
		List<OverviewRow> rows = total == 0 ? List.of()
				: rows(queries.page(scope, null, size, (long) (shown - 1) * size), organisation, now);
		return new OverviewPage(rows, total, overdue, byPhase, headings, shown, size);
	}

	/**
	 * Every running cycle the viewer may see, in the overview's order, handed on a chunk at a time
	 * (keyset paging: each chunk starts after the last row of the one before).
	 */
	public void forEachRow(Viewer viewer, OverviewFilter filter, Consumer<OverviewRow> each) {
		Organisation organisation = organisation();
		OverviewQueries.Scope scope = scope(viewer, filter, organisation, null);
		OverviewQueries.After after = null;
		List<OverviewQueries.CycleRow> chunk;
		do {
			chunk = queries.page(scope, after, EXPORT_CHUNK, 0);
			rows(chunk, organisation, clock.instant()).forEach(each);
			if (!chunk.isEmpty()) {
				OverviewQueries.CycleRow last = chunk.get(chunk.size() - 1);
				after = new OverviewQueries.After(last.nextDue(), last.businessKey());
			}
		}
		while (chunk.size() == EXPORT_CHUNK);
	}

	/** The signed-in user as a viewer of plans. */
	public Viewer viewerOf(Authentication user) {
		return viewers.of(user);
	}

	/** Whether the viewer may open the cycle's page: everything for process owners and the board. */
	public boolean visibleTo(Viewer viewer, String businessKey) {
		if (viewer.seesEveryPlan()) {
			return true;
		}
		OverviewQueries.Scope scope = scope(viewer, OverviewFilter.none(), organisation(), businessKey);
		return !queries.page(scope, null, 1, 0).isEmpty();
	}

	/** The Danish name of the phase the cycle is in, or null when it is in none. */
	String phaseNameOf(String businessKey) {
		String phase = queries.phaseOf(businessKey);
		return phase == null ? null : phaseName(phase);
	}

	/** The phase names for the filter, in the cycle's order. */
	public Map<String, String> phases() {
		Map<String, String> phases = new LinkedHashMap<>();
		for (String activity : PHASES) {
			phases.put(activity, phaseName(activity));
		}
		return phases;
	}

	/** The units, by name, for the filter. */
	public List<Unit> units() {
		return units.findAll().stream().sorted(Comparator.comparing(Unit::getName)).toList();
	}

	/** What the organisation is, as far as the overview needs it: units and groups. */
	private record Organisation(Map<String, Unit> units, Map<String, String> groupNames) {
	}

	private Organisation organisation() {
		return new Organisation(units.findAll().stream().collect(Collectors.toMap(Unit::getId, unit -> unit)),
				identity.createGroupQuery().list().stream().collect(Collectors.toMap(Group::getId, Group::getName)));
	}

	/** The running cycles of the wheel, and the plans the viewer may choose among. */
	record WheelCycles(List<WheelCycle> cycles, boolean more, List<OverviewQueries.PlanChoice> plans) {
	}

	/**
	 * The running cycles the viewer may see, as the wheel draws them: at most {@code most}, in the
	 * overview's order, with their follow-up dates; a fixed number of statements however many run.
	 */
	WheelCycles wheel(Viewer viewer, OverviewFilter filter, String planCode, int most) {
		Organisation organisation = organisation();
		OverviewQueries.Scope all = scope(viewer, new OverviewFilter(filter.year(), filter.phase(), null, filter.offTrack()), organisation,
				null, null);
		OverviewQueries.Scope scope = scope(viewer, filter, organisation, null, blankToNull(planCode));
		List<OverviewQueries.CycleRow> rows = queries.page(scope, null, most + 1, 0);
		List<OverviewQueries.CycleRow> shown = rows.subList(0, Math.min(most, rows.size()));
		Map<Long, List<LocalDate>> followUps = shown.isEmpty() ? Map.of()
				: queries.followUps(shown.stream().map(OverviewQueries.CycleRow::cycleId).toList()).stream()
					.collect(Collectors.groupingBy(OverviewQueries.FollowUp::cycleId,
							Collectors.mapping(OverviewQueries.FollowUp::date, Collectors.toList())));
		List<WheelCycle> cycles = shown.stream()
			.map(cycle -> new WheelCycle(cycle.businessKey(), cycle.planCode(), cycle.planTitle(), cycle.year(),
					cycle.phase() == null ? null : phaseName(cycle.phase()), cycle.draftingDeadline(), cycle.consultationDeadline(),
					cycle.financeCommitteeMeeting(), cycle.councilMeeting(), cycle.translationDeadline(),
					followUps.getOrDefault(cycle.cycleId(), List.of()).stream().sorted().toList(), cycle.periodEnd()))
			.toList();
		return new WheelCycles(cycles, rows.size() > most, queries.plans(all));
	}

	private OverviewQueries.Scope scope(Viewer viewer, OverviewFilter filter, Organisation organisation,
			String businessKey) {
		return scope(viewer, filter, organisation, businessKey, null);
	}

	private OverviewQueries.Scope scope(Viewer viewer, OverviewFilter filter, Organisation organisation,
			String businessKey, String planCode) {
		String unit = blankToNull(filter.unit());
		Set<String> unitGroups = unit == null ? Set.of() : groupsOf(Set.of(unit), organisation);
		OverviewQueries.Visibility visibility = null;
		if (!viewer.seesEveryPlan()) {
			Set<String> subtree = subtree(viewer.unitIds(), organisation.units());
			Set<String> groups = new HashSet<>(viewer.groupIds());
			groups.addAll(groupsOf(subtree, organisation));
			visibility = new OverviewQueries.Visibility(viewer.userId(), subtree, groups);
		}
		return new OverviewQueries.Scope(filter.year(), blankToNull(filter.phase()), unit,
				unitGroups, visibility, businessKey, planCode, filter.offTrack());
	}

	/** The candidate groups that stand for the units: their leader groups, or a group named as the unit. */
	private static Set<String> groupsOf(Set<String> unitIds, Organisation organisation) {
		Set<String> known = unitIds.stream().filter(organisation.units()::containsKey).collect(Collectors.toSet());
		Set<String> groups = new HashSet<>(known);
		organisation.groupNames().keySet().stream()
			.filter(group -> known.contains(unitOfGroup(group)))
			.forEach(groups::add);
		return groups;
	}

	private List<OverviewRow> rows(List<OverviewQueries.CycleRow> cycles, Organisation organisation, Instant now) {
		if (cycles.isEmpty()) {
			return List.of();
		}
		List<String> roots = cycles.stream().map(OverviewQueries.CycleRow::processInstanceId).toList();
		List<Long> ids = cycles.stream().map(OverviewQueries.CycleRow::cycleId).toList();

		Map<String, Map<String, Candidates>> tasksByRoot = new HashMap<>();
		Set<String> people = new HashSet<>();
		for (OverviewQueries.OpenTask task : queries.openTasks(roots)) {
			Candidates candidates = tasksByRoot.computeIfAbsent(task.rootId(), root -> new LinkedHashMap<>())
				.computeIfAbsent(task.id(), id -> new Candidates(task, new LinkedHashSet<>()));
			if (task.candidateGroup() != null) {
				candidates.who().add(task.candidateGroup());
			}
			if (task.candidateUser() != null) {
				candidates.who().add("user:" + task.candidateUser());
				people.add(task.candidateUser());
			}
			if (task.assignee() != null) {
				people.add(task.assignee());
			}
		}
		Map<String, String> userNames = people.isEmpty() ? Map.of()
				: identity.createUserQuery().userIdIn(people.toArray(String[]::new)).list().stream()
					.collect(Collectors.toMap(User::getId, UserNames::of));
		Map<Long, List<OverviewQueries.TranslatingUnit>> translating = queries.translatingUnits(ids).stream()
			.collect(Collectors.groupingBy(OverviewQueries.TranslatingUnit::cycleId));
		Map<Long, List<LocalDate>> followUps = queries.followUps(ids).stream()
			.collect(Collectors.groupingBy(OverviewQueries.FollowUp::cycleId,
					Collectors.mapping(OverviewQueries.FollowUp::date, Collectors.toList())));

		List<OverviewRow> rows = new ArrayList<>();
		for (OverviewQueries.CycleRow cycle : cycles) {
			Map<String, Candidates> open = tasksByRoot.getOrDefault(cycle.processInstanceId(), Map.of());
			List<OverviewRow.OpenTask> tasks = open.values().stream()
				.map(task -> openTask(task, organisation.groupNames(), userNames, now))
				.sorted(Comparator.comparing(OverviewRow.OpenTask::daysOverdue).reversed()
					.thenComparing(OverviewRow.OpenTask::waitingSince))
				.toList();
			List<OverviewQueries.TranslatingUnit> units = translating.getOrDefault(cycle.cycleId(), List.of())
				.stream().sorted(Comparator.comparing(OverviewQueries.TranslatingUnit::unitId)).toList();
			List<String> missing = units.stream()
				.filter(unit -> unit.unitPlanStatus() == null || !new UnitPlanState(null, unit.unitId(), cycle.year(),
						UnitPlan.Status.valueOf(unit.unitPlanStatus())).isDone())
				.map(unit -> unitName(unit.unitId(), organisation.units()))
				.sorted()
				.toList();
			Set<String> involved = new LinkedHashSet<>();
			units.forEach(unit -> involved.add(unit.unitId()));
			open.values().stream().flatMap(task -> task.who().stream())
				.map(PlanOverview::unitOfGroup)
				.filter(organisation.units()::containsKey)
				.forEach(involved::add);
			rows.add(new OverviewRow(cycle.cycleId(), cycle.businessKey(), cycle.planCode(), cycle.planTitle(),
					cycle.year(), cycle.phase(), phaseName(cycle.phase()), cycle.processInstanceId(), tasks,
					tasks.stream().mapToLong(OverviewRow.OpenTask::daysOverdue).max().orElse(0),
					units.size() - missing.size(), units.size(), missing, List.copyOf(involved),
					new OverviewRow.Calendar(cycle.draftingDeadline(), cycle.consultationDeadline(),
							cycle.financeCommitteeMeeting(), cycle.councilMeeting(), cycle.translationDeadline(),
							followUps.getOrDefault(cycle.cycleId(), List.of()).stream().sorted().toList(),
							cycle.periodEnd())));
		}
		return rows;
	}

	/** An open task and its current candidates: groups by id, users as {@code user:<id>}. */
	private record Candidates(OverviewQueries.OpenTask task, Set<String> who) {
	}

	private static OverviewRow.OpenTask openTask(Candidates open, Map<String, String> groupNames,
			Map<String, String> userNames, Instant now) {
		OverviewQueries.OpenTask task = open.task();
		String heldBy = task.assignee() != null ? userNames.getOrDefault(task.assignee(), task.assignee())
				: open.who().stream()
					.map(candidate -> candidate.startsWith("user:")
							? userNames.getOrDefault(candidate.substring(5), candidate.substring(5))
							: groupNames.getOrDefault(candidate, candidate))
					.sorted()
					.collect(Collectors.joining(", "));
		Instant due = task.due();
		long overdue = due == null || !due.isBefore(now) ? 0 : Math.max(1, Duration.between(due, now).toDays());
		return new OverviewRow.OpenTask(task.id(), task.name(), heldBy, task.created(), due, overdue);
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

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	private String phaseName(String activityId) {
		return messages.getMessage("phase." + activityId, null, activityId, LocaleContextHolder.getLocale());
	}

}
