package dk.aarshjul.consultation;

import dk.aarshjul.cycle.CycleVariables;
import dk.aarshjul.plan.PlanStatusChanges;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The draft goes to Hovedudvalget: the plan is now in consultation. */
@Component("sendDraftToMainCommittee")
class SendDraftToMainCommittee implements JavaDelegate {

	private final PlanStatusChanges planStatus;

	SendDraftToMainCommittee(PlanStatusChanges planStatus) {
		this.planStatus = planStatus;
	}

	@Override
	public void execute(DelegateExecution execution) {
		planStatus.inConsultation(CycleVariables.planId(execution));
	}

}
