package dk.aarshjul.translation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitPlanRepository extends JpaRepository<UnitPlan, Long> {

	Optional<UnitPlan> findByPlanIdAndUnitId(Long planId, String unitId);

	List<UnitPlan> findByPlanId(Long planId);

}
