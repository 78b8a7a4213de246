package dk.aarshjul.translation;

import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.task.CycleVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens the unit's plan and gives the reviewer DMN table the unit's kind. */
@Component("prepareUnitTranslation")
class PrepareUnitTranslation implements JavaDelegate {

	private final UnitPlanRepository unitPlans;

	private final StrategyPlanRepository plans;

	private final UnitDirectory directory;

	PrepareUnitTranslation(UnitPlanRepository unitPlans, StrategyPlanRepository plans, UnitDirectory directory) {
		this.unitPlans = unitPlans;
		this.plans = plans;
		this.directory = directory;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Long planId = CycleVariables.planId(execution);
		String unitId = CycleVariables.unitId(execution);
		int cycleYear = CycleVariables.cycleYear(execution);
		if (unitPlans.findByPlanIdAndUnitIdAndCycleYear(planId, unitId, cycleYear).isEmpty()) {
			unitPlans.save(new UnitPlan(plans.getReferenceById(planId), unitId, cycleYear));
		}
		execution.setVariable(UnitTranslationProcess.Variables.UNIT_KIND,
				directory.unit(unitId).orElseThrow().getKind().code());
	}

}
