package dk.aarshjul.cycle;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StrategyCycleRepository extends JpaRepository<StrategyCycle, Long> {

	boolean existsByPlanCodeAndCycleYear(String planCode, int cycleYear);

	Optional<StrategyCycle> findByBusinessKey(String businessKey);

	/** Every cycle in one statement (the collections below are one statement each). */
	@Query("""
			select new dk.aarshjul.cycle.CycleSummary(c.id, c.businessKey, c.cycleYear, c.processInstanceId, p.id,
			    p.code, p.title, c.draftingDeadline, c.consultationDeadline, c.financeCommitteeMeeting,
			    c.councilMeeting, c.translationDeadline, c.periodEnd)
			from StrategyCycle c join c.plan p
			""")
	List<CycleSummary> summaries();

	@Query("select new dk.aarshjul.cycle.CycleSummary$TranslatingUnit(c.id, u) from StrategyCycle c join c.translatingUnitIds u")
	List<CycleSummary.TranslatingUnit> translatingUnits();

	@Query("select new dk.aarshjul.cycle.CycleSummary$FollowUp(c.id, d) from StrategyCycle c join c.followUpDates d")
	List<CycleSummary.FollowUp> followUps();

}
