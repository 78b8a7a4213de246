package dk.aarshjul.translation;

import java.util.Optional;

import dk.aarshjul.plan.StrategyPlan;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

/** Spring Data's fragment for {@link UnitPlanLookup}. */
class UnitPlanLookupImpl implements UnitPlanLookup {

	private final EntityManager entityManager;

	UnitPlanLookupImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Optional<UnitPlan> findByPlanIdAndUnitIdAndCycleYear(Long planId, String unitId, int cycleYear) {
		return entityManager.unwrap(Session.class)
			.byNaturalId(UnitPlan.class)
			.using("plan", entityManager.getReference(StrategyPlan.class, planId))
			.using("unitId", unitId)
			.using("cycleYear", cycleYear)
			.loadOptional();
	}

}
