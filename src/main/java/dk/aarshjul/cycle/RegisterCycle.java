package dk.aarshjul.cycle;

import dk.aarshjul.task.CycleVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The cycle's first step: the start request and who sent it to {@link CycleRegistration#registerCycle};
 * the process instance is then named after the cycle (business key e.g. DEMO-STRATEGI-2027), and the
 * start form's fields give way to the cycle's variables. A refusal rolls the start back.
 */
@Component
class RegisterCycle implements JavaDelegate {

	private final CycleRegistration registration;

	private final IdentityService identity;

	RegisterCycle(CycleRegistration registration, IdentityService identity) {
		this.registration = registration;
		this.identity = identity;
	}

	@Override
	public void execute(DelegateExecution execution) {
		var signedIn = identity.getCurrentAuthentication();
		CycleRegistration.Starter starter = signedIn == null ? new CycleRegistration.Starter(null, null)
				: new CycleRegistration.Starter(signedIn.getUserId(), signedIn.getGroupIds());
		StrategyCycle cycle = registration.registerCycle(execution.getVariables(), starter,
				execution.getProcessInstanceId());
		execution.setProcessBusinessKey(cycle.getBusinessKey());
		execution.removeVariables(CalendarFieldNames.START_VARIABLES);
		execution.removeVariable(CycleVariables.START_PLAN_CODE);
		CycleVariables.PLAN.set(execution, cycle.getPlan().getId());
		CycleVariables.CYCLE.set(execution, cycle.getId());
		CycleVariables.TITLE.set(execution, cycle.getPlan().getTitle());
		CycleVariables.YEAR.set(execution, cycle.getCycleYear());
	}

}
