package dk.aarshjul.translation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UnitPlanRepository extends JpaRepository<UnitPlan, Long> {

	Optional<UnitPlan> findByPlanIdAndUnitIdAndCycleYear(Long planId, String unitId, int cycleYear);

	List<UnitPlan> findByPlanId(Long planId);

	/** Where every unit plan stands, in one statement. */
	@Query("select new dk.aarshjul.translation.UnitPlanState(u.plan.id, u.unitId, u.cycleYear, u.status) from UnitPlan u")
	List<UnitPlanState> states();

}
