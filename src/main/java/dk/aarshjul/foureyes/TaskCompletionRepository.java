package dk.aarshjul.foureyes;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskCompletionRepository extends JpaRepository<TaskCompletion, Long> {

	List<TaskCompletion> findByProcessInstanceIdAndTaskKeyIn(String processInstanceId, Collection<String> taskKeys);

	Optional<TaskCompletion> findFirstByTaskId(String taskId);

}
