package dk.aarshjul.consultation;

import java.time.Clock;
import java.time.LocalDate;

import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.plan.PlanStatusChanges;
import dk.aarshjul.task.CycleVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The draft goes to Hovedudvalget: the plan is now in consultation, and the day it went out
 * starts the minimum hearing period.
 */
@Component("sendDraftToMainCommittee")
class SendDraftToMainCommittee implements JavaDelegate {

	private final PlanStatusChanges planStatus;

	private final StrategyCycleRepository cycles;

	private final Clock clock;

	SendDraftToMainCommittee(PlanStatusChanges planStatus, StrategyCycleRepository cycles, Clock clock) {
		this.planStatus = planStatus;
		this.cycles = cycles;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		planStatus.inConsultation(CycleVariables.planId(execution));
		cycles.findById(CycleVariables.cycleId(execution))
			.orElseThrow()
			.markConsultationSent(LocalDate.now(clock));
	}

}
