package dk.aarshjul.cycle;

import dk.aarshjul.plan.PlanStatusChanges;
import dk.aarshjul.task.CycleVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every unit has translated the plan: from now on it is followed up every half year. */
@Component("startFollowUp")
class StartFollowUp implements JavaDelegate {

	private final PlanStatusChanges planStatus;

	StartFollowUp(PlanStatusChanges planStatus) {
		this.planStatus = planStatus;
	}

	@Override
	public void execute(DelegateExecution execution) {
		planStatus.inFollowUp(CycleVariables.planId(execution));
	}

}
