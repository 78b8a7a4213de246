package dk.aarshjul.translation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.plan.FocusArea;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.InvalidTaskInputException;
import dk.aarshjul.task.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Saves the unit's plan from the embedded form's rows ({@link UnitPlanRows#VARIABLE}): for every
 * focus area an action, or the reason it does not apply. Every problem is named at once, and
 * nothing is saved until there are none.
 */
@Component("saveUnitPlan")
class SaveUnitPlan implements TaskListener {

	static final int MAX_LENGTH = 4000;

	private final UnitPlanRepository unitPlans;

	private final StrategyPlanRepository plans;

	private final UnitDirectory directory;

	private final FormData form;

	private final Clock clock;

	private final AuditTrail audit;

	SaveUnitPlan(UnitPlanRepository unitPlans, StrategyPlanRepository plans, UnitDirectory directory, FormData form,
			Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.unitPlans = unitPlans;
		this.plans = plans;
		this.directory = directory;
		this.form = form;
		this.clock = clock;
	}

	private record Answer(FocusArea area, String action, String reason) {
	}

	@Override
	public void notify(DelegateTask task) {
		Long planId = CycleVariables.planId(task);
		String unitId = CycleVariables.unitId(task);
		int cycleYear = CycleVariables.cycleYear(task);
		List<FocusArea> focusAreas = plans.findById(planId).orElseThrow().getFocusAreas();
		Map<Long, JsonNode> rows = rowsByFocusArea(form.json(task, UnitPlanRows.VARIABLE));
		List<String> problems = new ArrayList<>();
		List<Answer> answers = new ArrayList<>();
		for (int i = 0; i < focusAreas.size(); i++) {
			FocusArea area = focusAreas.get(i);
			JsonNode row = rows.get(area.getId());
			if (row == null) {
				problems.add(form.message("translation.entries.mismatch"));
				break;
			}
			boolean notApplicable = row.path(UnitPlanRows.NOT_APPLICABLE).asBoolean(false);
			String action = FormData.text(row, UnitPlanRows.ACTION);
			String reason = FormData.text(row, UnitPlanRows.REASON);
			int number = i + 1;
			if (notApplicable && reason.isEmpty()) {
				problems.add(form.message("translation.reason.required", number, area.getTitle()));
			}
			else if (!notApplicable && action.isEmpty()) {
				problems.add(form.message("translation.action.required", number, area.getTitle()));
			}
			else if (action.length() > MAX_LENGTH || reason.length() > MAX_LENGTH) {
				problems.add(form.message("translation.tooLong", number, area.getTitle(), MAX_LENGTH));
			}
			else {
				answers.add(new Answer(area, notApplicable ? null : action, notApplicable ? reason : null));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidTaskInputException(problems);
		}
		UnitPlan unitPlan = unitPlans.findByPlanIdAndUnitIdAndCycleYear(planId, unitId, cycleYear).orElseThrow();
		answers.forEach(answer -> unitPlan.answer(answer.area(), answer.action(), answer.reason()));
		unitPlan.submit(TaskActor.of(task), clock.instant());
		audit.byTask(task, AuditAction.UNIT_PLAN_SUBMITTED, CycleVariables.unitId(task), null);
		boolean discuss = directory.hasLocalMed(unitId) && Boolean.TRUE.equals(form.flag(task, UnitTranslationProcess.Variables.DISCUSS_IN_LOCAL_MED));
		UnitTranslationProcess.Variables.LOCAL_MED_DISCUSSES.set(task.getExecution(), discuss);
	}

	private Map<Long, JsonNode> rowsByFocusArea(JsonNode rows) {
		Map<Long, JsonNode> byId = new HashMap<>();
		if (rows == null) {
			return byId;
		}
		if (!rows.isArray()) {
			throw new InvalidTaskInputException(form.message("form.rows.invalid"));
		}
		rows.forEach(row -> byId.put(row.path(UnitPlanRows.FOCUS_AREA_ID).asLong(), row));
		return byId;
	}

}
