package dk.aarshjul.translation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

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
 * Saves the unit's plan: for every focus area an action, or the reason it does not apply. A
 * focus area left without either refuses the whole form.
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

	@Override
	public void notify(DelegateTask task) {
		Long planId = CycleVariables.planId(task);
		String unitId = CycleVariables.unitId(task);
		int cycleYear = CycleVariables.cycleYear(task);
		UnitPlan unitPlan = unitPlans.findByPlanIdAndUnitIdAndCycleYear(planId, unitId, cycleYear).orElseThrow();
		List<String> problems = new ArrayList<>();
		List<FocusArea> focusAreas = plans.findById(planId).orElseThrow().getFocusAreas();
		for (int slot = 1; slot <= focusAreas.size(); slot++) {
			FocusArea area = focusAreas.get(slot - 1);
			boolean notApplicable = Boolean.TRUE.equals(form.slot(task, PrepareUnitPlanForm.NOT_APPLICABLE, slot));
			String action = form.slotText(task, PrepareUnitPlanForm.ACTION, slot);
			String reason = form.slotText(task, PrepareUnitPlanForm.REASON, slot);
			if (notApplicable && reason.isEmpty()) {
				problems.add(form.message("translation.reason.required", area.getTitle()));
			}
			else if (!notApplicable && action.isEmpty()) {
				problems.add(form.message("translation.action.required", area.getTitle()));
			}
			else if (action.length() > MAX_LENGTH || reason.length() > MAX_LENGTH) {
				problems.add(form.message("translation.tooLong", area.getTitle(), MAX_LENGTH));
			}
			else {
				unitPlan.answer(area, notApplicable ? null : action, notApplicable ? reason : null);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidTaskInputException(problems);
		}
		unitPlan.submit(TaskActor.of(task), clock.instant());
		audit.byTask(task, AuditAction.UNIT_PLAN_SUBMITTED, CycleVariables.unitId(task), null);
		boolean discuss = directory.hasLocalMed(unitId) && Boolean.TRUE.equals(form.flag(task, UnitTranslationProcess.Variables.DISCUSS_IN_LOCAL_MED));
		task.getExecution().setVariable(UnitTranslationProcess.Variables.DISCUSS_IN_LOCAL_MED, discuss);
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString().trim();
	}

}
