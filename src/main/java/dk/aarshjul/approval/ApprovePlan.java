package dk.aarshjul.approval;

import dk.aarshjul.plan.PlanStatusChanges;
import dk.aarshjul.task.CycleVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Every body that had to decide approved: the plan is approved. */
@Component("approvePlan")
class ApprovePlan implements JavaDelegate {

	private final PlanStatusChanges planStatus;

	private final ApplicationEventPublisher events;

	ApprovePlan(PlanStatusChanges planStatus, ApplicationEventPublisher events) {
		this.planStatus = planStatus;
		this.events = events;
	}

	@Override
	public void execute(DelegateExecution execution) {
		planStatus.approved(CycleVariables.planId(execution));
		events.publishEvent(new PlanApproved(CycleVariables.planId(execution), CycleVariables.cycleId(execution)));
	}

}
