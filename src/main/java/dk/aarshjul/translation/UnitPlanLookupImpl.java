package dk.aarshjul.translation;

import java.util.Optional;

import dk.aarshjul.plan.StrategyPlan;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.transaction.annotation.Transactional;

/** Spring Data's fragment for {@link UnitPlanLookup}. */
class UnitPlanLookupImpl implements UnitPlanLookup {

	private final EntityManager entityManager;

	UnitPlanLookupImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	// in a transaction of its own when called outside one: the session must outlive the unwrap
	@Override
	@Transactional(readOnly = true)
	public Optional<UnitPlan> findByPlanIdAndUnitIdAndCycleYear(Long planId, String unitId, int cycleYear) {
		return entityManager.unwrap(Session.class)
			.byNaturalId(UnitPlan.class)
			.using("plan", entityManager.getReference(StrategyPlan.class, planId))
			.using("unitId", unitId)
			.using("cycleYear", cycleYear)
			.loadOptional();
	}

}
