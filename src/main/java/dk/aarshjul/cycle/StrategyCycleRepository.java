package dk.aarshjul.cycle;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StrategyCycleRepository extends JpaRepository<StrategyCycle, Long> {

	boolean existsByPlanCodeAndCycleYear(String planCode, int cycleYear);

	Optional<StrategyCycle> findByBusinessKey(String businessKey);

}
