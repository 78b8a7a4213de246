package dk.aarshjul.cockpit;

import java.util.Collection;
import java.util.List;

import dk.aarshjul.cycle.CycleSummary;
import dk.aarshjul.cycle.StrategyCycle;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The cycles behind a handful of process instances: one page of the plugin, in one statement each. */
interface CockpitCycles extends Repository<StrategyCycle, Long> {

	@Query("""
			select new dk.aarshjul.cycle.CycleSummary(c.id, c.businessKey, c.cycleYear, c.processInstanceId, p.id,
			    p.code, p.title, c.draftingDeadline, c.consultationDeadline, c.financeCommitteeMeeting,
			    c.councilMeeting, c.translationDeadline, c.periodEnd)
			from StrategyCycle c join c.plan p where c.processInstanceId in :instanceIds
			""")
	List<CycleSummary> summariesOf(@Param("instanceIds") Collection<String> instanceIds);

	@Query("select u from StrategyCycle c join c.translatingUnitIds u where c.id = :cycleId")
	List<String> translatingUnitsOf(@Param("cycleId") Long cycleId);

}
