package dk.aarshjul.translation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitPlanRepository extends JpaRepository<UnitPlan, Long> {

	Optional<UnitPlan> findByPlanIdAndUnitIdAndCycleYear(Long planId, String unitId, int cycleYear);

	List<UnitPlan> findByPlanId(Long planId);

}
