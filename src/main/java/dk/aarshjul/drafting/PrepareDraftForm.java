package dk.aarshjul.drafting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.aarshjul.organisation.ExecutiveBoard;
import dk.aarshjul.plan.PlanDocument.FocusAreaDocument;
import dk.aarshjul.plan.IndicatorReporter;
import dk.aarshjul.plan.PlanDocument.GoalDocument;
import dk.aarshjul.plan.PlanDocument.IndicatorDocument;
import dk.aarshjul.plan.PlanDocument.MilestoneDocument;
import dk.aarshjul.plan.PlanLimits;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.FormDisplayVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives the drafting form (embedded, {@code draft-plan.html}) the plan's focus areas with their
 * goals and each goal's indicators as one JSON variable, the executive board's members to choose a
 * responsible director from, and the plan's limits.
 */
@Component("prepareDraftForm")
public class PrepareDraftForm implements TaskListener, FormDisplayVariables {

	/** The focus areas with their goals, as the form edits and submits them. */
	static final String DRAFT_PLAN = "draftPlan";

	/** The executive board's members: {@code [{id, name}]}. */
	static final String DIRECTORS = "directors";

	static final String LIMITS = "planLimits";

	/**
	 * The responsible directors of the plan as it stands who are not on the executive board
	 * (e.g. an imported plan, or a director who has left): {@code [{id, name}]}, so the form can
	 * show who it is now and ask for a board member instead of showing nothing chosen.
	 */
	static final String FORMER_DIRECTORS = "formerDirectors";

	private final PlanTransfer plans;

	private final FormData form;

	private final ExecutiveBoard board;

	PrepareDraftForm(PlanTransfer plans, FormData form, ExecutiveBoard board) {
		this.plans = plans;
		this.form = form;
		this.board = board;
	}

	@Override
	public void notify(DelegateTask task) {
		List<FocusAreaDocument> areas = plans.export(CycleVariables.planId(task)).focusAreas();
		form.putLocalJson(task, DRAFT_PLAN, areas.stream().map(PrepareDraftForm::row).toList());
		form.putLocalJson(task, DIRECTORS, board.members());
		form.putLocalJson(task, FORMER_DIRECTORS, areas.stream()
			.map(FocusAreaDocument::responsibleDirector)
			.filter(director -> director != null && !director.isBlank() && !board.isMember(director))
			.distinct()
			.map(director -> new ExecutiveBoard.Member(director, board.nameOf(director)))
			.toList());
		form.putLocalJson(task, LIMITS,
				Map.of("focusAreas", PlanLimits.MAX_FOCUS_AREAS, "goals", PlanLimits.MAX_GOALS, "indicatorsPerGoal",
						PlanLimits.MAX_INDICATORS_PER_GOAL));
	}

	/** A focus area as the form edits it; package-private so a test can hand it back as the form would. */
	static Map<String, Object> row(FocusAreaDocument area) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put(DraftRows.TITLE, area.title());
		row.put(DraftRows.STRATEGY, text(area.strategy()));
		row.put(DraftRows.SPECIAL_FOR_YEAR, text(area.specialForYear()));
		row.put(DraftRows.RESPONSIBLE_DIRECTOR, text(area.responsibleDirector()));
		row.put(DraftRows.GOALS, (area.goals() == null ? List.<GoalDocument>of() : area.goals()).stream()
			.map(PrepareDraftForm::goal)
			.toList());
		return row;
	}

	private static Map<String, Object> goal(GoalDocument goal) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put(DraftRows.DESCRIPTION, goal.description());
		row.put(DraftRows.MEASURE, text(goal.measure()));
		row.put(DraftRows.TARGET, text(goal.target()));
		row.put(DraftRows.DUE_DATE, goal.dueDate() == null ? "" : goal.dueDate().toString());
		// always a list, so that a draft saved without touching them hands the same indicators back
		row.put(DraftRows.INDICATORS, (goal.indicators() == null ? List.<IndicatorDocument>of() : goal.indicators())
			.stream()
			.map(PrepareDraftForm::indicator)
			.toList());
		return row;
	}

	/** Figures with a decimal comma, as the form shows them and a Dane types them. */
	private static Map<String, Object> indicator(IndicatorDocument indicator) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put(DraftRows.NAME, indicator.name());
		row.put(DraftRows.UNIT, indicator.unit() == null ? "" : indicator.unit().name());
		row.put(DraftRows.DIRECTION, indicator.direction() == null ? "" : indicator.direction().name());
		row.put(DraftRows.BASELINE_VALUE, figure(indicator.baselineValue()));
		row.put(DraftRows.BASELINE_DATE, date(indicator.baselineDate()));
		row.put(DraftRows.TARGET_VALUE, figure(indicator.targetValue()));
		row.put(DraftRows.TARGET_DATE, date(indicator.targetDate()));
		row.put(DraftRows.YELLOW_TOLERANCE_PERCENT, figure(indicator.yellowTolerancePercent()));
		row.put(DraftRows.REPORTER,
				(indicator.reporter() == null ? IndicatorReporter.UNITS : indicator.reporter()).name());
		row.put(DraftRows.STATBANK_TABLE, text(indicator.statbankTable()));
		row.put(DraftRows.STATBANK_SELECTION, text(indicator.statbankSelection()));
		row.put(DraftRows.MILESTONES, (indicator.milestones() == null ? List.<MilestoneDocument>of()
				: indicator.milestones())
			.stream()
			.map(milestone -> Map.of(DraftRows.DUE_DATE, date(milestone.dueDate()), DraftRows.TARGET_VALUE,
					figure(milestone.targetValue())))
			.toList());
		return row;
	}

	private static String figure(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	private static String date(LocalDate value) {
		return value == null ? "" : value.toString();
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	@Override
	public Set<String> names() {
		return Set.of(DIRECTORS, FORMER_DIRECTORS, LIMITS);
	}

}
