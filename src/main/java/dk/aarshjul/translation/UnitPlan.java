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

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private StrategyPlan plan;

	private String unitId;

	@Enumerated(EnumType.STRING)
	private Status status = Status.DRAFT;

	private String submittedBy;

	private Instant submittedAt;

	@OneToMany(mappedBy = "unitPlan", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<UnitPlanEntry> entries = new ArrayList<>();

	protected UnitPlan() {
	}

	public UnitPlan(StrategyPlan plan, String unitId) {
		this.plan = plan;
		this.unitId = unitId;
	}

	public void answer(FocusArea focusArea, String action, String notApplicableReason) {
		entries.removeIf(entry -> entry.getFocusArea().getId().equals(focusArea.getId()));
		entries.add(new UnitPlanEntry(this, focusArea, action, notApplicableReason));
	}

	public void submit(String userId, Instant at) {
		this.status = Status.SUBMITTED;
		this.submittedBy = userId;
		this.submittedAt = at;
	}

	public void setStatus(Status status) {
		this.status = status;
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
