package dk.aarshjul.approval;

import java.time.Instant;
import java.time.LocalDate;

import dk.aarshjul.plan.StrategyPlan;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A political body's decision on a plan at a meeting, with its reasoning. Never edited. */
@Entity
public class CommitteeDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private StrategyPlan plan;

	private String bodyId;

	private int cycleYear;

	private LocalDate meetingDate;

	@Enumerated(EnumType.STRING)
	private DecisionOutcome outcome;

	private String reasoning;

	private String decidedBy;

	private Instant recordedAt;

	protected CommitteeDecision() {
	}

	public CommitteeDecision(StrategyPlan plan, String bodyId, int cycleYear, LocalDate meetingDate,
			DecisionOutcome outcome, String reasoning, String decidedBy, Instant recordedAt) {
		this.plan = plan;
		this.bodyId = bodyId;
		this.cycleYear = cycleYear;
		this.meetingDate = meetingDate;
		this.outcome = outcome;
		this.reasoning = reasoning;
		this.decidedBy = decidedBy;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return id;
	}

	public StrategyPlan getPlan() {
		return plan;
	}

	public String getBodyId() {
		return bodyId;
	}

	public int getCycleYear() {
		return cycleYear;
	}

	public LocalDate getMeetingDate() {
		return meetingDate;
	}

	public DecisionOutcome getOutcome() {
		return outcome;
	}

	public String getReasoning() {
		return reasoning;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

}
