package dk.aarshjul.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface IndicatorRepository extends Repository<Indicator, Long> {

	Optional<Indicator> findById(Long id);

	/** A plan's indicators in the plan's order (focus area, goal, indicator), with their goals: one statement. */
	@Query("""
			select i from Indicator i join fetch i.goal g join fetch g.focusArea f
			where f.plan.id = :planId order by f.priority, g.position, i.position""")
	List<Indicator> findByPlan(@Param("planId") Long planId);

}
