package dk.aarshjul.approval;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeDecisionRepository extends JpaRepository<CommitteeDecision, Long> {

	List<CommitteeDecision> findByPlanIdOrderByRecordedAtAsc(Long planId);

}
