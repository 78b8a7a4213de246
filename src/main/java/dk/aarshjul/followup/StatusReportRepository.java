package dk.aarshjul.followup;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StatusReportRepository extends JpaRepository<StatusReport, Long> {

	List<StatusReport> findByPlanIdOrderByPeriodEndAscUnitIdAsc(Long planId);

}
