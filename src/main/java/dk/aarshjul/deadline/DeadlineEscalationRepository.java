package dk.aarshjul.deadline;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineEscalationRepository extends JpaRepository<DeadlineEscalation, Long> {

	int countByTaskId(String taskId);

	List<DeadlineEscalation> findByTaskIdOrderByLevel(String taskId);

	List<DeadlineEscalation> findByPlanIdOrderByEscalatedAtAscIdAsc(Long planId);

}
