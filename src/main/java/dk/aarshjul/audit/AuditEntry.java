package dk.aarshjul.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/**
 * One line of a plan's audit trail: who did what, when, and why. Written once and never changed
 * ({@link Immutable}: Hibernate ignores changes, and nothing offers to update or delete); a
 * correction is a new entry.
 */
@Entity
@Immutable
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long planId;

	private Long cycleId;

	private String businessKey;

	private Instant recordedAt;

	private String actor;

	@Enumerated(EnumType.STRING)
	private AuditAction action;

	private String subject;

	private String reason;

	protected AuditEntry() {
	}

	AuditEntry(Long planId, Long cycleId, String businessKey, Instant recordedAt, String actor, AuditAction action,
			String subject, String reason) {
		this.planId = planId;
		this.cycleId = cycleId;
		this.businessKey = businessKey;
		this.recordedAt = recordedAt;
		this.actor = actor;
		this.action = action;
		this.subject = subject;
		this.reason = reason;
	}

	public Long getId() {
		return id;
	}

	public Long getPlanId() {
		return planId;
	}

	public Long getCycleId() {
		return cycleId;
	}

	public String getBusinessKey() {
		return businessKey;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public String getActor() {
		return actor;
	}

	public AuditAction getAction() {
		return action;
	}

	public String getSubject() {
		return subject;
	}

	public String getReason() {
		return reason;
	}

}
