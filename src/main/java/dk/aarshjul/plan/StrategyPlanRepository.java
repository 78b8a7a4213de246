package dk.aarshjul.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StrategyPlanRepository extends JpaRepository<StrategyPlan, Long> {

	Optional<StrategyPlan> findByCodeAndYear(String code, int year);

	Optional<StrategyPlan> findFirstByCodeOrderByYearDesc(String code);

	/** The plan a cycle of the year would run: that year's, or else the newest before it. */
	Optional<StrategyPlan> findFirstByCodeAndYearLessThanEqualOrderByYearDesc(String code, int year);

	boolean existsByCodeAndYear(String code, int year);

	List<StrategyPlan> findAllByOrderByYearDescTitleAsc();

}
