package dk.aarshjul.followup;

import java.time.Instant;
import java.time.LocalDate;

import dk.aarshjul.plan.StrategyPlan;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** A half-yearly round: the executive board's status to Økonomiudvalget, and the committee taking note. */
@Entity
public class StatusRound {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private StrategyPlan plan;

	private LocalDate periodEnd;

	private String boardComment;

	private String reviewedBy;

	private Instant reviewedAt;

	private String notedBy;

	private Instant notedAt;

	protected StatusRound() {
	}

	StatusRound(StrategyPlan plan, LocalDate periodEnd, String boardComment, String reviewedBy, Instant reviewedAt) {
		this.plan = plan;
		this.periodEnd = periodEnd;
		this.boardComment = boardComment;
		this.reviewedBy = reviewedBy;
		this.reviewedAt = reviewedAt;
	}

	void noted(String userId, Instant at) {
		this.notedBy = userId;
		this.notedAt = at;
	}

	public Long getId() {
		return id;
	}

	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	public String getBoardComment() {
		return boardComment;
	}

	public String getReviewedBy() {
		return reviewedBy;
	}

	public Instant getReviewedAt() {
		return reviewedAt;
	}

	public String getNotedBy() {
		return notedBy;
	}

	public Instant getNotedAt() {
		return notedAt;
	}

}
