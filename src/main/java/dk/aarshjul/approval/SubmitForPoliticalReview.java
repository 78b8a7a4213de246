package dk.aarshjul.approval;

import dk.aarshjul.plan.PlanStatusChanges;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.task.CycleVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The plan goes to the politicians; its kind decides (by DMN) which bodies must decide. */
@Component("submitForPoliticalReview")
class SubmitForPoliticalReview implements JavaDelegate {

	private final StrategyPlanRepository plans;

	private final PlanStatusChanges planStatus;

	SubmitForPoliticalReview(StrategyPlanRepository plans, PlanStatusChanges planStatus) {
		this.plans = plans;
		this.planStatus = planStatus;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Long planId = CycleVariables.planId(execution);
		planStatus.inPoliticalReview(planId);
		execution.setVariable(PoliticalApprovalProcess.Variables.PLAN_KIND,
				plans.getReferenceById(planId).getKind().name());
		PoliticalApprovalProcess.Variables.SENT_BACK.set(execution, false);
	}

}
