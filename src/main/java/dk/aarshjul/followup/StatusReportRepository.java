package dk.aarshjul.followup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StatusReportRepository extends JpaRepository<StatusReport, Long> {

	List<StatusReport> findByPlanIdOrderByPeriodEndAscUnitIdAsc(Long planId);

	/**
	 * The reports of the given rounds only: the cycles of several years may share one plan, so the
	 * plan's reports grow with every year it serves, a round's do not.
	 */
	List<StatusReport> findByPlanIdAndPeriodEndInOrderByPeriodEndAscUnitIdAsc(Long planId, Collection<LocalDate> periodEnds);

}
