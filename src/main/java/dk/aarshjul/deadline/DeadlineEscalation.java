package dk.aarshjul.deadline;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A late task escalated one level up: recorded with the plan, never changed afterwards. */
@Entity
public class DeadlineEscalation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long planId;

	private Long cycleId;

	private String taskId;

	private String taskKey;

	private String taskName;

	private String unitId;

	@Column(name = "level")
	private int level;

	private String escalatedTo;

	private Instant dueDate;

	private Instant escalatedAt;

	protected DeadlineEscalation() {
	}

	DeadlineEscalation(Long planId, Long cycleId, String taskId, String taskKey, String taskName, String unitId,
			int level, String escalatedTo, Instant dueDate, Instant escalatedAt) {
		this.planId = planId;
		this.cycleId = cycleId;
		this.taskId = taskId;
		this.taskKey = taskKey;
		this.taskName = taskName;
		this.unitId = unitId;
		this.level = level;
		this.escalatedTo = escalatedTo;
		this.dueDate = dueDate;
		this.escalatedAt = escalatedAt;
	}

	public Long getPlanId() {
		return planId;
	}

	public Long getCycleId() {
		return cycleId;
	}

	public String getTaskId() {
		return taskId;
	}

	public String getTaskKey() {
		return taskKey;
	}

	public String getTaskName() {
		return taskName;
	}

	public String getUnitId() {
		return unitId;
	}

	public int getLevel() {
		return level;
	}

	public String getEscalatedTo() {
		return escalatedTo;
	}

	public Instant getDueDate() {
		return dueDate;
	}

	public Instant getEscalatedAt() {
		return escalatedAt;
	}

}
