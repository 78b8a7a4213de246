package dk.aarshjul.cycle;

import dk.aarshjul.plan.PlanRevision;
import dk.aarshjul.plan.StrategyPlan;
import dk.aarshjul.task.CycleVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The evaluation feeds next year: the plan is copied as next year's draft, continuing this one. */
@Component("prepareNextYearDraft")
class PrepareNextYearDraft implements JavaDelegate {

	static final String NEXT_PLAN_ID = "nextPlanId";

	private final PlanRevision revision;

	PrepareNextYearDraft(PlanRevision revision) {
		this.revision = revision;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int cycleYear = CycleVariables.cycleYear(execution);
		StrategyPlan next = revision.copyAsNextYearsDraft(CycleVariables.planId(execution), cycleYear + 1);
		execution.setVariable(NEXT_PLAN_ID, next.getId());
	}

}
