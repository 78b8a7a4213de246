package dk.aarshjul.translation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitPlanRepository extends JpaRepository<UnitPlan, Long>, UnitPlanLookup {

	List<UnitPlan> findByPlanId(Long planId);

}
