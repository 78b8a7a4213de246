package dk.aarshjul.consultation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationStatementRepository extends JpaRepository<ConsultationStatement, Long> {

	List<ConsultationStatement> findByPlanIdOrderByRecordedAtAsc(Long planId);

}
