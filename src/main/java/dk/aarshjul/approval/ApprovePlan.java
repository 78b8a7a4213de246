package dk.aarshjul.approval;

import dk.aarshjul.plan.PlanStatusChanges;
import dk.aarshjul.task.CycleVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every body that had to decide approved: the plan is approved. */
@Component("approvePlan")
class ApprovePlan implements JavaDelegate {

	private final PlanStatusChanges planStatus;

	ApprovePlan(PlanStatusChanges planStatus) {
		this.planStatus = planStatus;
	}

	@Override
	public void execute(DelegateExecution execution) {
		planStatus.approved(CycleVariables.planId(execution));
	}

}
