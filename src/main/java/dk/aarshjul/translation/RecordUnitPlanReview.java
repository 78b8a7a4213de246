package dk.aarshjul.translation;

import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Saves the review of a unit's plan: approved, or changes asked for with a reason. */
@Component("recordUnitPlanReview")
class RecordUnitPlanReview implements TaskListener {

	static final String REVIEW_REASON = "reviewReason";

	private final UnitPlanRepository unitPlans;

	private final FormData form;

	private final AuditTrail audit;

	RecordUnitPlanReview(UnitPlanRepository unitPlans, FormData form, AuditTrail audit) {
		this.audit = audit;
		this.unitPlans = unitPlans;
		this.form = form;
	}

	@Override
	public void notify(DelegateTask task) {
		Boolean approved = form.flag(task, UnitTranslationProcess.Variables.UNIT_PLAN_APPROVED);
		String reason = form.text(task, REVIEW_REASON);
		if (approved == null) {
			throw new InvalidTaskInputException(form.message("translation.review.required"));
		}
		if (!approved && reason.isEmpty()) {
			throw new InvalidTaskInputException(form.message("translation.review.reasonRequired"));
		}
		UnitPlan unitPlan = unitPlans
			.findByPlanIdAndUnitIdAndCycleYear(CycleVariables.planId(task), CycleVariables.unitId(task),
					CycleVariables.cycleYear(task))
			.orElseThrow();
		if (approved) {
			unitPlan.approve(reason.isEmpty() ? null : reason);
		}
		else {
			unitPlan.requestChanges(reason);
		}
		UnitTranslationProcess.Variables.APPROVED.set(task.getExecution(), approved);
		audit.byTask(task, approved ? AuditAction.UNIT_PLAN_APPROVED : AuditAction.UNIT_PLAN_SENT_BACK,
				CycleVariables.unitId(task), reason.isEmpty() ? null : reason);
	}

}
