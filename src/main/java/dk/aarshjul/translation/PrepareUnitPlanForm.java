package dk.aarshjul.translation;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dk.aarshjul.plan.FocusArea;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.FormDisplayVariables;
import dk.aarshjul.task.MarkdownText;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the unit plan's forms what they show: the rows the embedded writing form edits (one per
 * focus area, in priority order, with what the unit has answered so far) and beside them each focus
 * area's strategy and goals ({@link #FOCUS_AREA_FACTS}), the unit plan as
 * read-only text for the discussion and the review, and the reviewer's last comment. A review or
 * discussion starts with nothing chosen: its decision fields are set empty on the task, so last
 * round's answer is shown as last round's, never preselected.
 */
@Component("prepareUnitPlanForm")
class PrepareUnitPlanForm implements TaskListener, FormDisplayVariables {

	/** Last round's reason in a review, read-only. */
	static final String PREVIOUS_REVIEW_REASON = "previousReviewReason";

	static final String HAS_LOCAL_MED = "hasLocalMed";

	static final String REVIEW_COMMENT = "reviewComment";

	/**
	 * What the writing form shows of each focus area, read-only: its strategy, what is special for
	 * the year and its goals with measure, target and due date. A Json variable of its own (twelve
	 * focus areas' texts pass a String variable's 4,000 characters), apart from the rows the form
	 * sends back, so nothing of it can be handed in; the embedded form shows it as text (Angular
	 * escapes it).
	 */
	static final String FOCUS_AREA_FACTS = "focusAreaFacts";

	private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final UnitPlanRepository unitPlans;

	private final StrategyPlanRepository plans;

	private final UnitDirectory directory;

	private final FormData form;

	PrepareUnitPlanForm(UnitPlanRepository unitPlans, StrategyPlanRepository plans, UnitDirectory directory,
			FormData form) {
		this.unitPlans = unitPlans;
		this.plans = plans;
		this.directory = directory;
		this.form = form;
	}

	@Override
	@Transactional
	public void notify(DelegateTask task) {
		Long planId = CycleVariables.planId(task);
		String unitId = CycleVariables.unitId(task);
		int cycleYear = CycleVariables.cycleYear(task);
		UnitPlan unitPlan = unitPlans.findByPlanIdAndUnitIdAndCycleYear(planId, unitId, cycleYear).orElseThrow();
		List<FocusArea> areas = plans.findById(planId).orElseThrow().getFocusAreas();
		String reviewComment = Optional.ofNullable(unitPlan.getReviewComment()).orElse("");
		CycleVariables.UNIT_NAME.setLocal(task, directory.name(unitId));
		task.setVariableLocal(HAS_LOCAL_MED, directory.hasLocalMed(unitId));
		task.setVariableLocal(REVIEW_COMMENT, reviewComment);
		String step = task.getTaskDefinitionKey();
		if (UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN.equals(step)) {
			form.putLocalJson(task, UnitPlanRows.VARIABLE, areas.stream().map(area -> row(area, unitPlan)).toList());
			form.putLocalJson(task, FOCUS_AREA_FACTS, areas.stream().map(PrepareUnitPlanForm::facts).toList());
			return;
		}
		// a JSON string, not a String variable: twelve focus areas' answers pass Camunda's 4000-character limit
		form.putLocalJson(task, UnitPlanRows.SUMMARY, summary(areas, unitPlan));
		if (UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN.equals(step)) {
			task.setVariableLocal(UnitTranslationProcess.Variables.UNIT_PLAN_APPROVED, null);
			task.setVariableLocal(RecordUnitPlanReview.REVIEW_REASON, "");
			task.setVariableLocal(PREVIOUS_REVIEW_REASON, reviewComment);
		}
		if (UnitTranslationProcess.USER_TASK_DISCUSS_IN_LOCAL_MED.equals(step)) {
			task.setVariableLocal(RecordLocalMedDiscussion.COMMENT, "");
		}
	}

	private static Map<String, Object> row(FocusArea area, UnitPlan unitPlan) {
		Optional<UnitPlanEntry> entry = entry(area, unitPlan);
		Map<String, Object> row = new LinkedHashMap<>();
		row.put(UnitPlanRows.FOCUS_AREA_ID, area.getId());
		row.put(UnitPlanRows.PRIORITY, area.getPriority());
		row.put(UnitPlanRows.TITLE, area.getTitle());
		row.put(UnitPlanRows.ACTION, entry.map(UnitPlanEntry::getAction).orElse(""));
		row.put(UnitPlanRows.NOT_APPLICABLE, entry.map(e -> !e.applies()).orElse(false));
		row.put(UnitPlanRows.REASON, entry.map(UnitPlanEntry::getNotApplicableReason).orElse(""));
		return row;
	}

	static Map<String, Object> facts(FocusArea area) {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put(UnitPlanRows.FOCUS_AREA_ID, area.getId());
		facts.put("strategy", Optional.ofNullable(area.getStrategy()).orElse(""));
		facts.put("specialForYear", Optional.ofNullable(area.getSpecialForYear()).orElse(""));
		facts.put("goals", area.getGoals().stream().map(goal -> {
			Map<String, Object> shown = new LinkedHashMap<>();
			shown.put("description", goal.getDescription());
			shown.put("measure", Optional.ofNullable(goal.getMeasure()).orElse(""));
			shown.put("target", Optional.ofNullable(goal.getTarget()).orElse(""));
			shown.put("dueDate", goal.getDueDate() == null ? "" : DANISH_DATE.format(goal.getDueDate()));
			return shown;
		}).toList());
		return facts;
	}

	private String summary(List<FocusArea> areas, UnitPlan unitPlan) {
		StringBuilder text = new StringBuilder();
		for (FocusArea area : areas) {
			text.append("**").append(area.getPriority()).append(". ").append(MarkdownText.of(area.getTitle()))
				.append("**\n\n");
			Optional<UnitPlanEntry> entry = entry(area, unitPlan);
			if (entry.isEmpty()) {
				text.append(form.message("translation.summary.missing"));
			}
			else if (entry.get().applies()) {
				text.append(form.message("translation.summary.action", MarkdownText.of(entry.get().getAction())));
			}
			else {
				text.append(form.message("translation.summary.notApplicable",
						MarkdownText.of(entry.get().getNotApplicableReason())));
			}
			text.append("\n\n");
		}
		return text.toString().trim();
	}

	private static Optional<UnitPlanEntry> entry(FocusArea area, UnitPlan unitPlan) {
		return unitPlan.getEntries()
			.stream()
			.filter(candidate -> candidate.getFocusArea().getId().equals(area.getId()))
			.findFirst();
	}

	@Override
	public Set<String> names() {
		return Set.of("unitName", HAS_LOCAL_MED, REVIEW_COMMENT, UnitPlanRows.SUMMARY, PREVIOUS_REVIEW_REASON,
				FOCUS_AREA_FACTS);
	}

}
