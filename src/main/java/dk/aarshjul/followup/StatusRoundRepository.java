package dk.aarshjul.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StatusRoundRepository extends JpaRepository<StatusRound, Long> {

	Optional<StatusRound> findByPlanIdAndPeriodEnd(Long planId, LocalDate periodEnd);

	List<StatusRound> findByPlanIdOrderByPeriodEndAsc(Long planId);

}
