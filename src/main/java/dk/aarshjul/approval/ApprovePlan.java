package dk.aarshjul.approval;

import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.plan.PlanStatusChanges;
import dk.aarshjul.task.CycleVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Every body that had to decide approved: the plan is approved. The trail records it apart from
 * each body's decision, as the moment the plan became final (the journal files it then).
 */
@Component("approvePlan")
class ApprovePlan implements JavaDelegate {

	private final PlanStatusChanges planStatus;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	ApprovePlan(PlanStatusChanges planStatus, ApplicationEventPublisher events, AuditTrail audit) {
		this.planStatus = planStatus;
		this.events = events;
		this.audit = audit;
	}

	@Override
	public void execute(DelegateExecution execution) {
		planStatus.approved(CycleVariables.planId(execution));
		events.publishEvent(new PlanApproved(CycleVariables.planId(execution), CycleVariables.cycleId(execution)));
		audit.byProcess(execution, AuditAction.PLAN_APPROVED, null, null);
	}

}
