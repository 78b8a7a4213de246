package dk.aarshjul.translation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.aarshjul.plan.FocusArea;
import dk.aarshjul.plan.StrategyPlan;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import org.hibernate.annotations.NaturalId;

/**
 * A unit's translation of a plan (handleplan / årsaftale): per focus area what the unit will do,
 * or why the focus area does not apply to it.
 */
@Entity
public class UnitPlan {

	public enum Status {

		DRAFT, SUBMITTED, CHANGES_REQUESTED, APPROVED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	// a unit has one plan per plan and year (uk_unit_plan_unit); as a natural id, a unit plan this
	// transaction has read already is found again without a query (UnitPlanLookup)
	@NaturalId
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private StrategyPlan plan;

	@NaturalId
	private String unitId;

	@NaturalId
	private int cycleYear;

	@Enumerated(EnumType.STRING)
	private Status status = Status.DRAFT;

	private String submittedBy;

	private Instant submittedAt;

	private String reviewComment;

	@OneToMany(mappedBy = "unitPlan", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<UnitPlanEntry> entries = new ArrayList<>();

	protected UnitPlan() {
	}

	public UnitPlan(StrategyPlan plan, String unitId, int cycleYear) {
		this.plan = plan;
		this.unitId = unitId;
		this.cycleYear = cycleYear;
	}

	/** The unit's answer for a focus area; a later answer replaces the earlier one in place. */
	public void answer(FocusArea focusArea, String action, String notApplicableReason) {
		entries.stream()
			.filter(entry -> entry.getFocusArea().getId().equals(focusArea.getId()))
			.findFirst()
			.ifPresentOrElse(entry -> entry.revise(action, notApplicableReason),
					() -> entries.add(new UnitPlanEntry(this, focusArea, action, notApplicableReason)));
	}

	public void submit(String userId, Instant at) {
		this.status = Status.SUBMITTED;
		this.submittedBy = userId;
		this.submittedAt = at;
	}

	public void setStatus(Status status) {
		this.status = status;
	}

	public void approve(String comment) {
		this.status = Status.APPROVED;
		this.reviewComment = comment;
	}

	public void requestChanges(String reason) {
		this.status = Status.CHANGES_REQUESTED;
		this.reviewComment = reason;
	}

	public String getReviewComment() {
		return reviewComment;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public StrategyPlan getPlan() {
		return plan;
	}

	public String getUnitId() {
		return unitId;
	}

	public int getCycleYear() {
		return cycleYear;
	}

	public Status getStatus() {
		return status;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public List<UnitPlanEntry> getEntries() {
		return entries;
	}

}
