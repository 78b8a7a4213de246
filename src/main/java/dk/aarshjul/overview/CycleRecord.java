package dk.aarshjul.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.aarshjul.approval.CommitteeDecisionRepository;
import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditEntry;
import dk.aarshjul.audit.AuditEntryRepository;
import dk.aarshjul.consultation.ConsultationStatementRepository;
import dk.aarshjul.cycle.CalendarChangeRepository;
import dk.aarshjul.cycle.StrategyCycle;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.deadline.DeadlineEscalationRepository;
import dk.aarshjul.followup.GoalStatus;
import dk.aarshjul.followup.StatusReport;
import dk.aarshjul.followup.StatusReportRepository;
import dk.aarshjul.followup.StatusRoundRepository;
import dk.aarshjul.followup.TrafficLight;
import dk.aarshjul.organisation.Body;
import dk.aarshjul.organisation.BodyRepository;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.organisation.UserNames;
import dk.aarshjul.plan.FocusArea;
import dk.aarshjul.plan.Goal;
import dk.aarshjul.plan.StrategyPlan;
import dk.aarshjul.translation.UnitPlan;
import dk.aarshjul.translation.UnitPlanRepository;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything about one plan's cycle, for its page and its agenda document: the content, a timeline
 * of what happened (from Camunda's history and Årshjul's records), the translation matrix and the
 * follow-up's traffic lights.
 */
@Service
@Transactional(readOnly = true)
public class CycleRecord {

	public record View(StrategyCycle cycle, StrategyPlan plan, List<FocusArea> focusAreas, List<Event> timeline,
			Matrix matrix, List<Round> rounds, List<AuditLines.Line> audit) {
	}

	/**
	 * A cycle's plan and content without its history: what a document made at a decision shows,
	 * read in the decision's transaction for a fraction of the statements of a whole {@link View}.
	 */
	public record Content(StrategyCycle cycle, StrategyPlan plan, List<FocusArea> focusAreas) {
	}

	/** Something that happened: when, who, what, and why when a reason was given. */
	public record Event(Instant at, String who, String what, String why) {
	}

	/** Units × focus areas: each unit's answer, "afventer" before its translation, or "mangler". */
	public record Matrix(List<FocusArea> focusAreas, List<MatrixRow> rows) {
	}

	public record MatrixRow(String unit, String status, List<String> answers) {
	}

	/** One follow-up round: per goal the light of each unit, and the plan's roll-up. */
	public record Round(LocalDate periodEnd, List<String> units, List<GoalRow> goals, Map<TrafficLight, Long> rollUp,
			String boardComment) {
	}

	public record GoalRow(String goal, List<TrafficLight> lights) {
	}

	/** The steps of a unit's plan the timeline shows, each with its wording. */
	private static final Map<AuditAction, String> UNIT_PLAN_STEPS = Map.of(
			AuditAction.UNIT_PLAN_SUBMITTED, "timeline.unitPlan.submitted",
			AuditAction.UNIT_PLAN_APPROVED, "timeline.unitPlan.approved",
			AuditAction.UNIT_PLAN_SENT_BACK, "timeline.unitPlan.sentBack",
			AuditAction.LOCAL_MED_DISCUSSED, "timeline.unitPlan.localMed");

	private final StrategyCycleRepository cycles;

	private final UnitPlanRepository unitPlans;

	private final StatusReportRepository statusReports;

	private final StatusRoundRepository statusRounds;

	private final ConsultationStatementRepository statements;

	private final CommitteeDecisionRepository decisions;

	private final DeadlineEscalationRepository escalations;

	private final CalendarChangeRepository calendarChanges;

	private final UnitRepository units;

	private final BodyRepository bodies;

	private final HistoryService history;

	private final IdentityService identity;

	private final MessageSource messages;

	private final AuditEntryRepository auditEntries;

	private final AuditLines auditLines;

	CycleRecord(StrategyCycleRepository cycles, UnitPlanRepository unitPlans, StatusReportRepository statusReports,
			StatusRoundRepository statusRounds, ConsultationStatementRepository statements,
			CommitteeDecisionRepository decisions, DeadlineEscalationRepository escalations,
			CalendarChangeRepository calendarChanges, UnitRepository units, BodyRepository bodies,
			HistoryService history, IdentityService identity, MessageSource messages,
			AuditEntryRepository auditEntries, AuditLines auditLines) {
		this.auditEntries = auditEntries;
		this.auditLines = auditLines;
		this.cycles = cycles;
		this.unitPlans = unitPlans;
		this.statusReports = statusReports;
		this.statusRounds = statusRounds;
		this.statements = statements;
		this.decisions = decisions;
		this.escalations = escalations;
		this.calendarChanges = calendarChanges;
		this.units = units;
		this.bodies = bodies;
		this.history = history;
		this.identity = identity;
		this.messages = messages;
	}

	public Optional<View> of(String businessKey) {
		return cycles.findByBusinessKey(businessKey).map(this::view);
	}

	public Optional<Content> contentOf(Long cycleId) {
		return cycles.findById(cycleId).map(this::content);
	}

	/** The follow-up rounds of the content's plan, as {@link View#rounds()} has them. */
	public List<Round> rounds(Content content) {
		return rounds(content.cycle(), content.plan(), content.focusAreas(), unitNames());
	}

	private Content content(StrategyCycle cycle) {
		StrategyPlan plan = cycle.getPlan();
		List<FocusArea> focusAreas = plan.getFocusAreas().stream()
			.sorted(Comparator.comparingInt(FocusArea::getPriority))
			.toList();
		focusAreas.forEach(area -> area.getGoals().size());
		return new Content(cycle, plan, focusAreas);
	}

	private View view(StrategyCycle cycle) {
		Content content = content(cycle);
		StrategyPlan plan = content.plan();
		List<FocusArea> focusAreas = content.focusAreas();
		Map<String, String> unitNames = unitNames();
		List<AuditEntry> audit = auditEntries.findByCycleIdOrderByRecordedAtAscIdAsc(cycle.getId());
		return new View(cycle, plan, focusAreas, timeline(cycle, plan, unitNames, audit),
				matrix(cycle, focusAreas, unitNames), rounds(cycle, plan, focusAreas, unitNames), auditLines.of(audit));
	}

	private Map<String, String> unitNames() {
		return units.findAll().stream().collect(Collectors.toMap(Unit::getId, Unit::getName));
	}

	private List<Event> timeline(StrategyCycle cycle, StrategyPlan plan, Map<String, String> unitNames,
			List<AuditEntry> audit) {
		Map<String, String> people = identity.createUserQuery().list().stream()
			.collect(Collectors.toMap(User::getId, UserNames::of));
		Function<String, String> name = id -> id == null ? message("timeline.engine") : people.getOrDefault(id, id);
		Map<String, String> bodyNames = bodies.findAll().stream().collect(Collectors.toMap(Body::getId, Body::getName));
		List<Event> events = new ArrayList<>();
		events.add(new Event(cycle.getStartedAt(), name.apply(cycle.getStartedBy()),
				message("timeline.started", String.valueOf(cycle.getCycleYear())), null));
		List<HistoricTaskInstance> completed = history.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKeyLike(cycle.getBusinessKey() + "%")
			.finished()
			.list()
			.stream()
			.filter(task -> task.getEndTime() != null && !"deleted".equals(task.getDeleteReason()))
			.toList();
		Map<String, String> completers = completers(cycle, completed);
		for (HistoricTaskInstance task : completed) {
			events.add(new Event(task.getEndTime().toInstant(),
					name.apply(completers.getOrDefault(task.getId(), task.getAssignee())),
					message("timeline.completed", task.getName()), null));
		}
		statements.findByPlanIdOrderByRecordedAtAsc(plan.getId()).stream()
			.filter(statement -> statement.getCycleYear() == cycle.getCycleYear())
			.forEach(statement -> {
				String body = bodyNames.getOrDefault(statement.getBodyId(), statement.getBodyId());
				events.add(new Event(statement.getRecordedAt(), name.apply(statement.getRecordedBy()),
						statement.isNoStatement() ? message("timeline.noStatement", body)
								: message("timeline.statement", body),
						statement.getStatement()));
				if (statement.getAnsweredAt() != null) {
					events.add(new Event(statement.getAnsweredAt(), name.apply(statement.getAnsweredBy()),
							message("timeline.answer", body), statement.getBoardAnswer()));
				}
			});
		decisions.findByPlanIdOrderByRecordedAtAsc(plan.getId()).stream()
			.filter(decision -> decision.getCycleYear() == cycle.getCycleYear())
			.forEach(decision -> events.add(new Event(decision.getRecordedAt(), name.apply(decision.getDecidedBy()),
					message("timeline.decision", bodyNames.getOrDefault(decision.getBodyId(), decision.getBodyId()),
							message("decision.outcome." + decision.getOutcome())),
					decision.getReasoning())));
		// each hand-in and each review when it happened (the unit plan itself keeps only its latest state)
		audit.stream()
			.filter(entry -> UNIT_PLAN_STEPS.containsKey(entry.getAction()))
			.forEach(entry -> events.add(new Event(entry.getRecordedAt(), name.apply(entry.getActor()),
					message(UNIT_PLAN_STEPS.get(entry.getAction()),
							unitNames.getOrDefault(entry.getSubject(), entry.getSubject())),
					entry.getReason())));
		escalations.findByPlanIdOrderByEscalatedAtAscIdAsc(plan.getId()).stream()
			.filter(escalation -> escalation.getCycleId().equals(cycle.getId()))
			.forEach(escalation -> events.add(new Event(escalation.getEscalatedAt(), message("timeline.engine"),
					message("timeline.escalation", escalation.getTaskName(), escalation.getLevel(),
							groupName(escalation.getEscalatedTo())),
					null)));
		calendarChanges.findByCycleIdOrderByChangedAtAscIdAsc(cycle.getId())
			.forEach(change -> events.add(new Event(change.getChangedAt(), name.apply(change.getChangedBy()),
					message("timeline.calendar", message("calendar.field." + change.getField()), change.getOldDate(),
							change.getNewDate()),
					change.getReason())));
		events.sort(Comparator.comparing(Event::at));
		return events;
	}

	/**
	 * Who completed each task that had no assignee when it was completed — through the REST API
	 * without claiming it first — or that somebody other than its assignee completed (a deputy): the
	 * engine's operation log names the signed-in user of each completion. One query for the cycle.
	 */
	private Map<String, String> completers(StrategyCycle cycle, List<HistoricTaskInstance> completed) {
		if (completed.isEmpty()) {
			return Map.of();
		}
		Map<String, HistoricTaskInstance> byId = completed.stream()
			.collect(Collectors.toMap(HistoricTaskInstance::getId, task -> task, (a, b) -> a));
		Map<String, String> completers = new HashMap<>();
		history.createUserOperationLogQuery()
			.entityType(EntityTypes.TASK)
			.operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
			.afterTimestamp(Date.from(cycle.getStartedAt().minusSeconds(1)))
			.list()
			.stream()
			.filter(entry -> entry.getTaskId() != null && byId.containsKey(entry.getTaskId()) && entry.getUserId() != null)
			.forEach(entry -> completers.put(entry.getTaskId(), entry.getUserId()));
		return completers;
	}

	private String groupName(String groupId) {
		if (groupId == null) {
			return null;
		}
		Group group = identity.createGroupQuery().groupId(groupId).singleResult();
		return group == null || group.getName() == null ? groupId : group.getName();
	}

	private Matrix matrix(StrategyCycle cycle, List<FocusArea> focusAreas, Map<String, String> unitNames) {
		Map<String, UnitPlan> byUnit = unitPlans.findByPlanId(cycle.getPlan().getId()).stream()
			.filter(unitPlan -> unitPlan.getCycleYear() == cycle.getCycleYear())
			.collect(Collectors.toMap(UnitPlan::getUnitId, unitPlan -> unitPlan, (a, b) -> a));
		List<MatrixRow> rows = new ArrayList<>();
		for (String unitId : cycle.getTranslatingUnitIds()) {
			UnitPlan unitPlan = byUnit.get(unitId);
			List<String> answers = new ArrayList<>();
			for (FocusArea area : focusAreas) {
				answers.add(answer(unitPlan, area));
			}
			rows.add(new MatrixRow(unitNames.getOrDefault(unitId, unitId),
					unitPlan == null ? message("matrix.waiting") : message("unitPlan.status." + unitPlan.getStatus()),
					answers));
		}
		return new Matrix(focusAreas, rows);
	}

	private String answer(UnitPlan unitPlan, FocusArea area) {
		// the unit's plan is opened when its translation starts: until then the unit waits, it is not late
		if (unitPlan == null) {
			return message("matrix.waiting");
		}
		return unitPlan.getEntries().stream()
			.filter(entry -> entry.getFocusArea().getId().equals(area.getId()))
			.findFirst()
			.map(entry -> entry.applies() ? entry.getAction()
					: message("matrix.notApplicable", entry.getNotApplicableReason()))
			.orElse(message("matrix.missing"));
	}

	/** The cycle's own rounds: another year's cycle of the same plan has rounds of its own. */
	private List<Round> rounds(StrategyCycle cycle, StrategyPlan plan, List<FocusArea> focusAreas,
			Map<String, String> unitNames) {
		if (cycle.getFollowUpDates().isEmpty()) {
			return List.of();
		}
		Map<LocalDate, List<StatusReport>> byRound = statusReports
			.findByPlanIdAndPeriodEndInOrderByPeriodEndAscUnitIdAsc(plan.getId(), cycle.getFollowUpDates())
			.stream()
			.collect(Collectors.groupingBy(StatusReport::getPeriodEnd, LinkedHashMap::new, Collectors.toList()));
		Map<LocalDate, String> boardComments = statusRounds.findByPlanIdOrderByPeriodEndAsc(plan.getId()).stream()
			.collect(Collectors.toMap(round -> round.getPeriodEnd(), round -> round.getBoardComment(), (a, b) -> a));
		List<Goal> goals = focusAreas.stream().flatMap(area -> area.getGoals().stream()).toList();
		List<Round> rounds = new ArrayList<>();
		byRound.forEach((periodEnd, reports) -> {
			List<GoalRow> rows = new ArrayList<>();
			Map<TrafficLight, Long> rollUp = new EnumMap<>(TrafficLight.class);
			for (Goal goal : goals) {
				List<TrafficLight> lights = reports.stream()
					.map(report -> report.getGoalStatuses().stream()
						.filter(status -> status.getGoal().getId().equals(goal.getId()))
						.map(GoalStatus::getTrafficLight)
						.findFirst()
						.orElse(null))
					.toList();
				lights.stream().filter(light -> light != null).forEach(light -> rollUp.merge(light, 1L, Long::sum));
				rows.add(new GoalRow(goal.getDescription(), lights));
			}
			rounds.add(new Round(periodEnd,
					reports.stream().map(report -> unitNames.getOrDefault(report.getUnitId(), report.getUnitId())).toList(),
					rows, rollUp, boardComments.get(periodEnd)));
		});
		return rounds;
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
