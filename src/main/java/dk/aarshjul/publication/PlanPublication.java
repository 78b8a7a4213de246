package dk.aarshjul.publication;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A cycle's plan as approved — a JSON snapshot taken when the last body approved it, so a later
 * draft of the same plan never reaches the public — and its publication: who published it and
 * when, and whether it has been withdrawn since.
 */
@Entity
class PlanPublication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private Long planId;

	private Long cycleId;

	private String businessKey;

	private String snapshot;

	private Instant approvedAt;

	private String publishedBy;

	private Instant publishedAt;

	private String withdrawnBy;

	private Instant withdrawnAt;

	protected PlanPublication() {
	}

	PlanPublication(Long planId, Long cycleId, String businessKey) {
		this.planId = planId;
		this.cycleId = cycleId;
		this.businessKey = businessKey;
	}

	/** The plan as (newly) approved; if it is published, the public sees this version from now on. */
	void approved(String snapshot, Instant at) {
		this.snapshot = snapshot;
		this.approvedAt = at;
	}

	void publish(String userId, Instant at) {
		this.publishedBy = userId;
		this.publishedAt = at;
		this.withdrawnBy = null;
		this.withdrawnAt = null;
	}

	void withdraw(String userId, Instant at) {
		this.withdrawnBy = userId;
		this.withdrawnAt = at;
	}

	boolean isPublished() {
		return publishedAt != null && withdrawnAt == null;
	}

	Long getPlanId() {
		return planId;
	}

	Long getCycleId() {
		return cycleId;
	}

	String getBusinessKey() {
		return businessKey;
	}

	String getSnapshot() {
		return snapshot;
	}

	Instant getPublishedAt() {
		return publishedAt;
	}

	Instant getWithdrawnAt() {
		return withdrawnAt;
	}

}
