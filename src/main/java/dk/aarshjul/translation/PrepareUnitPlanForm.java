package dk.aarshjul.translation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.aarshjul.plan.FocusArea;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.FormSlots;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the unit plan's forms one slot per focus area, in priority order ({@code focusArea1},
 * {@code action1}, {@code notApplicable1}, {@code reason1}, …), with what the unit has answered
 * so far and the reviewer's last comment.
 */
@Component("prepareUnitPlanForm")
class PrepareUnitPlanForm implements TaskListener {

	static final String FOCUS_AREA = "focusArea";

	static final String ACTION = "action";

	static final String NOT_APPLICABLE = "notApplicable";

	static final String REASON = "reason";

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
		List<Map<String, Object>> rows = plans.findById(planId)
			.orElseThrow()
			.getFocusAreas()
			.stream()
			.map(area -> row(area, unitPlan))
			.toList();
		form.putLocalSlots(task, rows, FormSlots.FOCUS_AREAS);
		task.setVariableLocal("unitName", directory.name(unitId));
		task.setVariableLocal("hasLocalMed", directory.hasLocalMed(unitId));
		task.setVariableLocal("reviewComment", Optional.ofNullable(unitPlan.getReviewComment()).orElse(""));
	}

	private static Map<String, Object> row(FocusArea area, UnitPlan unitPlan) {
		Optional<UnitPlanEntry> entry = unitPlan.getEntries()
			.stream()
			.filter(candidate -> candidate.getFocusArea().getId().equals(area.getId()))
			.findFirst();
		Map<String, Object> row = new HashMap<>();
		row.put(FOCUS_AREA, area.getPriority() + ". " + area.getTitle());
		row.put(ACTION, entry.map(UnitPlanEntry::getAction).orElse(""));
		row.put(NOT_APPLICABLE, entry.map(e -> !e.applies()).orElse(false));
		row.put(REASON, entry.map(UnitPlanEntry::getNotApplicableReason).orElse(""));
		return row;
	}

}
