package dk.aarshjul.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import dk.aarshjul.approval.CommitteeDecision;
import dk.aarshjul.approval.CommitteeDecisionRepository;
import dk.aarshjul.approval.DecisionOutcome;
import dk.aarshjul.audit.AuditEntry;
import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.consultation.ConsultationStatement;
import dk.aarshjul.consultation.ConsultationStatementRepository;
import dk.aarshjul.cycle.StrategyCycle;
import dk.aarshjul.followup.StatusRound;
import dk.aarshjul.followup.StatusRoundRepository;
import dk.aarshjul.indicator.IndicatorTables;
import dk.aarshjul.journal.FinalDocument.Section;
import dk.aarshjul.organisation.Body;
import dk.aarshjul.organisation.BodyKind;
import dk.aarshjul.organisation.BodyRepository;
import dk.aarshjul.organisation.OrganisationDirectory;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UserNames;
import dk.aarshjul.overview.CycleRecord;
import dk.aarshjul.plan.FocusArea;
import dk.aarshjul.plan.Goal;
import dk.aarshjul.plan.StrategyPlan;
import dk.aarshjul.translation.UnitPlan;
import dk.aarshjul.translation.UnitPlanEntry;
import dk.aarshjul.translation.UnitPlanRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the audit entry of a moment that makes a document final into that document: the plan
 * approved by the last body, Hovedudvalget's statement (or its absence), an approved unit plan, a
 * noted follow-up status, the evaluation. Every other entry makes none. The content is read from
 * the same records the plan's page shows ({@link CycleRecord}, its content and rounds, not its
 * history), within the transaction that just wrote them.
 */
@Component
class FinalDocuments {

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", DANISH)
		.withZone(WorkingTime.ZONE);

	private final CycleRecord records;

	private final CommitteeDecisionRepository decisions;

	private final ConsultationStatementRepository statements;

	private final UnitPlanRepository unitPlans;

	private final StatusRoundRepository statusRounds;

	private final BodyRepository bodies;

	private final OrganisationDirectory organisation;

	private final IdentityService identity;

	private final IndicatorTables indicators;

	private final MessageSource messages;

	FinalDocuments(CycleRecord records, CommitteeDecisionRepository decisions,
			ConsultationStatementRepository statements, UnitPlanRepository unitPlans,
			StatusRoundRepository statusRounds, BodyRepository bodies, OrganisationDirectory organisation, IdentityService identity,
			IndicatorTables indicators, MessageSource messages) {
		this.records = records;
		this.decisions = decisions;
		this.statements = statements;
		this.unitPlans = unitPlans;
		this.statusRounds = statusRounds;
		this.bodies = bodies;
		this.organisation = organisation;
		this.identity = identity;
		this.indicators = indicators;
		this.messages = messages;
	}

	Optional<FinalDocument> of(AuditEntry entry) {
		return switch (entry.getAction()) {
			case PLAN_APPROVED -> Optional.of(approvedPlan(entry));
			case STATEMENT_GIVEN, NO_STATEMENT -> Optional.of(statement(entry));
			case UNIT_PLAN_APPROVED -> Optional.of(unitPlan(entry));
			case STATUS_NOTED -> Optional.of(notedStatus(entry));
			case EVALUATED -> Optional.of(evaluation(entry));
			default -> Optional.empty();
		};
	}

	private FinalDocument approvedPlan(AuditEntry entry) {
		CycleRecord.Content view = view(entry);
		StrategyPlan plan = view.plan();
		List<CommitteeDecision> thisYear = decisions.findByPlanIdOrderByRecordedAtAsc(plan.getId()).stream()
			.filter(decision -> decision.getCycleYear() == view.cycle().getCycleYear())
			.toList();
		CommitteeDecision last = thisYear.stream()
			.filter(decision -> decision.getOutcome() != DecisionOutcome.SENT_BACK)
			.reduce((first, second) -> second)
			.orElseThrow(() -> new IllegalStateException("Plan approved without an approving decision"));
		String body = bodyName(last.getBodyId());
		LocalDate decided = last.getMeetingDate() != null ? last.getMeetingDate() : day(last.getRecordedAt());
		List<Section> sections = new ArrayList<>(content(view));
		// the period as approved: it follows the cycle's year unless the board set another
		sections.add(0, Section.text(message("journal.section.period"), List.of(plan.getPeriodTo() == null
				? message("journal.periodOpen", DATE.format(plan.getPeriodFrom()))
				: message("journal.period", DATE.format(plan.getPeriodFrom()), DATE.format(plan.getPeriodTo())))));
		sections.add(Section.table(message("journal.section.decisions"), List.of(),
				List.of(message("journal.col.body"), message("journal.col.meeting"), message("journal.col.decision"),
						message("journal.col.by"), message("journal.col.reasoning")),
				thisYear.stream()
					.map(decision -> List.of(bodyName(decision.getBodyId()),
							decision.getMeetingDate() == null ? "" : DATE.format(decision.getMeetingDate()),
							message("decision.outcome." + decision.getOutcome()),
							message("journal.byAt", person(decision.getDecidedBy()),
									MOMENT.format(decision.getRecordedAt())),
							decision.getReasoning() == null ? message("journal.noReasoning") : decision.getReasoning()))
					.toList()));
		return document(entry, view, JournalDocumentKind.APPROVED_PLAN, "",
				message("journal.kind.APPROVED_PLAN.title", plan.getTitle(), year(view)),
				message("journal.kind.APPROVED_PLAN.description", plan.getTitle(), year(view), body), decided, body,
				null, sections);
	}

	private FinalDocument statement(AuditEntry entry) {
		CycleRecord.Content view = view(entry);
		StrategyPlan plan = view.plan();
		ConsultationStatement statement = statements.findByPlanIdOrderByRecordedAtAsc(plan.getId()).stream()
			.filter(candidate -> candidate.getCycleYear() == view.cycle().getCycleYear())
			.reduce((first, second) -> second)
			.orElseThrow();
		String body = bodyName(statement.getBodyId());
		List<Section> sections = new ArrayList<>();
		if (statement.isNoStatement()) {
			sections.add(Section.text(message("journal.section.statement", body),
					List.of(message("journal.noStatement", body, DATE.format(view.cycle().getConsultationDeadline()),
							MOMENT.format(statement.getRecordedAt())))));
		}
		else {
			sections.add(Section.text(message("journal.section.statement", body), List.of(statement.getStatement(),
					message("journal.givenBy", person(statement.getRecordedBy()),
							MOMENT.format(statement.getRecordedAt())))));
		}
		sections.addAll(content(view));
		String kind = statement.isNoStatement() ? "none" : "given";
		return document(entry, view, JournalDocumentKind.MAIN_COMMITTEE_STATEMENT, "statement-" + statement.getId(),
				message("journal.kind.MAIN_COMMITTEE_STATEMENT.title." + kind, body, plan.getTitle(), year(view)),
				message("journal.kind.MAIN_COMMITTEE_STATEMENT.description." + kind, body, plan.getTitle(),
						year(view)),
				day(statement.getRecordedAt()), body, null, sections);
	}

	private FinalDocument unitPlan(AuditEntry entry) {
		CycleRecord.Content view = view(entry);
		StrategyPlan plan = view.plan();
		String unitId = entry.getSubject();
		Unit unit = organisation.unit(unitId).orElseThrow();
		UnitPlan unitPlan = unitPlans.findByPlanIdAndUnitIdAndCycleYear(plan.getId(), unitId, view.cycle().getCycleYear())
			.orElseThrow();
		Map<Long, UnitPlanEntry> answers = unitPlan.getEntries().stream()
			.collect(Collectors.toMap(answer -> answer.getFocusArea().getId(), answer -> answer, (a, b) -> a));
		List<List<String>> rows = new ArrayList<>();
		for (FocusArea area : view.focusAreas()) {
			UnitPlanEntry answer = answers.get(area.getId());
			rows.add(List.of(area.getPriority() + ". " + area.getTitle(),
					answer == null ? message("matrix.missing")
							: answer.applies() ? answer.getAction()
									: message("matrix.notApplicable", answer.getNotApplicableReason())));
		}
		Map<String, String> names = people(entry.getActor(), unitPlan.getSubmittedBy());
		String reviewer = names.get(entry.getActor());
		List<String> decision = new ArrayList<>();
		decision.add(message("journal.unitPlan.written", names.get(unitPlan.getSubmittedBy()),
				unitPlan.getSubmittedAt() == null ? "" : MOMENT.format(unitPlan.getSubmittedAt())));
		decision.add(message("journal.unitPlan.approved", reviewer, MOMENT.format(entry.getRecordedAt())));
		if (entry.getReason() != null) {
			decision.add(message("journal.unitPlan.comment", entry.getReason()));
		}
		List<Section> sections = List.of(Section.text(message("journal.section.decision"), decision),
				Section.table(message("journal.section.unitPlan", unit.getName()), List.of(),
						List.of(message("journal.col.focusArea"), message("journal.col.action")), rows));
		return document(entry, view, JournalDocumentKind.APPROVED_UNIT_PLAN, unitId,
				message("journal.kind.APPROVED_UNIT_PLAN.title", unit.getName(), plan.getTitle(), year(view)),
				message("journal.kind.APPROVED_UNIT_PLAN.description", unit.getName(), plan.getTitle(), year(view)),
				day(entry.getRecordedAt()), reviewer, unit, sections);
	}

	private FinalDocument notedStatus(AuditEntry entry) {
		CycleRecord.Content view = view(entry);
		StrategyPlan plan = view.plan();
		LocalDate periodEnd = LocalDate.parse(entry.getSubject());
		CycleRecord.Round round = records.rounds(view).stream()
			.filter(candidate -> candidate.periodEnd().equals(periodEnd))
			.findFirst()
			.orElseThrow();
		StatusRound noted = statusRounds.findByPlanIdAndPeriodEnd(plan.getId(), periodEnd).orElseThrow();
		String committee = bodies.findFirstByKindOrderByPosition(BodyKind.FINANCE_COMMITTEE)
			.map(Body::getName)
			.orElse(person(entry.getActor()));
		List<String> decision = new ArrayList<>();
		decision.add(message("journal.status.noted", committee, person(noted.getNotedBy()),
				MOMENT.format(noted.getNotedAt())));
		if (noted.getReviewedBy() != null) {
			decision.add(message("journal.status.reviewed", person(noted.getReviewedBy()),
					MOMENT.format(noted.getReviewedAt())));
		}
		if (round.boardComment() != null) {
			decision.add(message("journal.status.comment", round.boardComment()));
		}
		decision.add(round.rollUp().entrySet().stream()
			.map(light -> message("trafficLight." + light.getKey()) + ": " + light.getValue())
			.collect(Collectors.joining(" · ", message("journal.status.rollUp") + " ", "")));
		List<String> head = new ArrayList<>();
		head.add(message("page.cycle.goal"));
		head.addAll(round.units());
		List<List<String>> rows = round.goals().stream().map(goal -> {
			List<String> row = new ArrayList<>();
			row.add(goal.goal());
			goal.lights().forEach(light -> row.add(light == null ? "" : message("trafficLight." + light)));
			return (List<String>) row;
		}).toList();
		String date = DATE.format(periodEnd);
		List<Section> sections = new ArrayList<>(List.of(Section.text(message("journal.section.decision"), decision),
				Section.table(message("page.cycle.round", date), List.of(), head, rows)));
		// the values as they stood at the round's end, not those measured since
		Map<Long, IndicatorTables.Table> tables = indicators.byGoal(plan.getId(), periodEnd);
		view.focusAreas().forEach(area -> sections.addAll(indicatorSections(area, tables)));
		return document(entry, view, JournalDocumentKind.NOTED_STATUS, periodEnd.toString(),
				message("journal.kind.NOTED_STATUS.title", date, plan.getTitle(), year(view)),
				message("journal.kind.NOTED_STATUS.description", date, plan.getTitle(), year(view), committee),
				day(entry.getRecordedAt()), committee, null, sections);
	}

	private FinalDocument evaluation(AuditEntry entry) {
		CycleRecord.Content view = view(entry);
		StrategyPlan plan = view.plan();
		StrategyCycle cycle = view.cycle();
		String by = person(entry.getActor());
		List<Section> sections = new ArrayList<>();
		sections.add(Section.text(message("journal.section.evaluation"),
				List.of(cycle.getEvaluation() != null ? cycle.getEvaluation() : entry.getReason(),
						message("journal.evaluatedBy", by, MOMENT.format(entry.getRecordedAt())))));
		records.rounds(view).forEach(round -> sections.add(Section.text(
				message("page.cycle.round", DATE.format(round.periodEnd())),
				List.of(round.rollUp().entrySet().stream()
					.map(light -> message("trafficLight." + light.getKey()) + ": " + light.getValue())
					.collect(Collectors.joining(" · ", message("journal.status.rollUp") + " ", ""))))));
		Map<Long, IndicatorTables.Table> tables = indicators.byGoal(plan.getId(), null);
		view.focusAreas().forEach(area -> sections.addAll(indicatorSections(area, tables)));
		return document(entry, view, JournalDocumentKind.EVALUATION, "",
				message("journal.kind.EVALUATION.title", plan.getTitle(), year(view)),
				message("journal.kind.EVALUATION.description", plan.getTitle(), year(view)),
				day(entry.getRecordedAt()), by, null, sections);
	}

	/**
	 * The plan's content as its page shows it: focus areas in priority order, goals, responsible
	 * directors; after each focus area the indicators of its goals with the values noted so far.
	 */
	private List<Section> content(CycleRecord.Content view) {
		List<Section> sections = new ArrayList<>();
		Map<Long, IndicatorTables.Table> tables = indicators.byGoal(view.plan().getId(), null);
		if (view.plan().getIntroduction() != null) {
			sections.add(Section.text(message("page.cycle.content"), List.of(view.plan().getIntroduction())));
		}
		for (FocusArea area : view.focusAreas()) {
			List<String> paragraphs = new ArrayList<>();
			if (area.getResponsibleDirector() != null) {
				// by name: the plan keeps the director's user id
				paragraphs.add(message("page.cycle.responsible", person(area.getResponsibleDirector())));
			}
			if (area.getStrategy() != null) {
				paragraphs.add(area.getStrategy());
			}
			List<List<String>> goals = area.getGoals().stream()
				.sorted(Comparator.comparingInt(Goal::getPosition))
				.map(goal -> List.of(goal.getDescription(), goal.getMeasure() == null ? "" : goal.getMeasure(),
						goal.getTarget() == null ? "" : goal.getTarget()))
				.toList();
			sections.add(Section.table(area.getPriority() + ". " + area.getTitle(), paragraphs,
					goals.isEmpty() ? List.of()
							: List.of(message("journal.col.goal"), message("journal.col.measure"),
									message("journal.col.target")),
					goals));
			sections.addAll(indicatorSections(area, tables));
		}
		return sections;
	}

	/** A table for each goal of the focus area that has indicators, in the goals' order; none for the rest. */
	private List<Section> indicatorSections(FocusArea area, Map<Long, IndicatorTables.Table> tables) {
		return area.getGoals()
			.stream()
			.sorted(Comparator.comparingInt(Goal::getPosition))
			.filter(goal -> tables.containsKey(goal.getId()))
			.map(goal -> Section.table(message("journal.section.indicators", goal.getDescription()), List.of(),
					tables.get(goal.getId()).head(), tables.get(goal.getId()).rows()))
			.toList();
	}

	private FinalDocument document(AuditEntry entry, CycleRecord.Content view, JournalDocumentKind kind,
			String subjectKey, String title, String description, LocalDate decisionDate, String decidedBy, Unit unit,
			List<Section> sections) {
		StrategyPlan plan = view.plan();
		return new FinalDocument(entry.getCycleId(), entry.getBusinessKey(), kind, subjectKey, title, description,
				decisionDate, decidedBy, plan.getMunicipality(), plan.getCode(), plan.getTitle(), plan.getKind(),
				view.cycle().getCycleYear(), unit == null ? null : unit.getId(), unit == null ? null : unit.getName(),
				sections);
	}

	private CycleRecord.Content view(AuditEntry entry) {
		// by id: the decision that wrote the entry has its cycle in the persistence context already
		return records.contentOf(entry.getCycleId()).orElseThrow();
	}

	private String bodyName(String bodyId) {
		return bodies.findById(bodyId).map(Body::getName).orElse(bodyId);
	}

	private String person(String userId) {
		if (userId == null) {
			return message("timeline.engine");
		}
		User user = identity.createUserQuery().userId(userId).singleResult();
		return user == null ? userId : UserNames.of(user);
	}

	/** The names of several people in one query, each as {@link #person(String)} gives it. */
	private Map<String, String> people(String... userIds) {
		List<String> ids = Arrays.stream(userIds).filter(Objects::nonNull).distinct().toList();
		Map<String, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list()
				.forEach(user -> names.put(user.getId(), UserNames.of(user)));
		}
		Map<String, String> byId = new HashMap<>();
		Arrays.stream(userIds).forEach(id -> byId.put(id, id == null ? message("timeline.engine")
				: names.getOrDefault(id, id)));
		return byId;
	}

	private static String year(CycleRecord.Content view) {
		return String.valueOf(view.cycle().getCycleYear());
	}

	private static LocalDate day(Instant at) {
		return at.atZone(WorkingTime.ZONE).toLocalDate();
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, DANISH);
	}

}
