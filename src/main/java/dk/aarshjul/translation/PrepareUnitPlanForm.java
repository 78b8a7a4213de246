package dk.aarshjul.translation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.aarshjul.cycle.CycleVariables;
import dk.aarshjul.cycle.FormData;
import dk.aarshjul.plan.FocusArea;
import dk.aarshjul.plan.StrategyPlanRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the unit plan's forms one row per focus area, in priority order, with what the unit has
 * answered so far and the reviewer's last comment.
 */
@Component("prepareUnitPlanForm")
class PrepareUnitPlanForm implements TaskListener {

	static final String ANSWERS = "answers";

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
		List<Map<String, Object>> answers = plans.findById(planId)
			.orElseThrow()
			.getFocusAreas()
			.stream()
			.map(area -> answer(area, unitPlan))
			.toList();
		form.putLocalJson(task, ANSWERS, answers);
		task.setVariableLocal("unitName", directory.name(unitId));
		task.setVariableLocal("hasLocalMed", directory.hasLocalMed(unitId));
		task.setVariableLocal("reviewComment", Optional.ofNullable(unitPlan.getReviewComment()).orElse(""));
	}

	private static Map<String, Object> answer(FocusArea area, UnitPlan unitPlan) {
		Optional<UnitPlanEntry> entry = unitPlan.getEntries()
			.stream()
			.filter(candidate -> candidate.getFocusArea().getId().equals(area.getId()))
			.findFirst();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("focusAreaId", area.getId());
		answer.put("focusArea", area.getPriority() + ". " + area.getTitle());
		answer.put("action", entry.map(UnitPlanEntry::getAction).orElse(""));
		answer.put("notApplicable", entry.map(e -> !e.applies()).orElse(false));
		answer.put("reason", entry.map(UnitPlanEntry::getNotApplicableReason).orElse(""));
		return answer;
	}

}
