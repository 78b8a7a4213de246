package dk.aarshjul.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StrategyPlanRepository extends JpaRepository<StrategyPlan, Long> {

	Optional<StrategyPlan> findByCodeAndYear(String code, int year);

	Optional<StrategyPlan> findFirstByCodeOrderByYearDesc(String code);

	boolean existsByCodeAndYear(String code, int year);

	List<StrategyPlan> findAllByOrderByYearDescTitleAsc();

}
