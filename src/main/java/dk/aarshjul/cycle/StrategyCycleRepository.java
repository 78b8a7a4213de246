package dk.aarshjul.cycle;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StrategyCycleRepository extends JpaRepository<StrategyCycle, Long> {

	boolean existsByPlanCodeAndCycleYear(String planCode, int cycleYear);

	Optional<StrategyCycle> findByBusinessKey(String businessKey);

	/** The business keys of every cycle of the plan (a plan may run several years' cycles). */
	@Query("select c.businessKey from StrategyCycle c where c.plan.id = :planId")
	List<String> findBusinessKeysByPlanId(@Param("planId") Long planId);

}
