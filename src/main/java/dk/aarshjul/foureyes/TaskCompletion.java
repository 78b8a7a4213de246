package dk.aarshjul.foureyes;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * Who completed which task of which process instance, and when. Camunda's history keeps no
 * completer when a task is completed without being claimed first (as the REST API and Tasklist
 * allow), so Årshjul records it itself, in the completion's own transaction.
 */
@Entity
public class TaskCompletion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String processInstanceId;

	private String taskId;

	private String taskKey;

	private String completedBy;

	private Instant completedAt;

	protected TaskCompletion() {
	}

	TaskCompletion(String processInstanceId, String taskId, String taskKey, String completedBy, Instant completedAt) {
		this.processInstanceId = processInstanceId;
		this.taskId = taskId;
		this.taskKey = taskKey;
		this.completedBy = completedBy;
		this.completedAt = completedAt;
	}

	public String getTaskId() {
		return taskId;
	}

	public String getTaskKey() {
		return taskKey;
	}

	public String getCompletedBy() {
		return completedBy;
	}

	public Instant getCompletedAt() {
		return completedAt;
	}

}
