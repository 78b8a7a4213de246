package dk.aarshjul.consultation;

import java.time.Instant;

import dk.aarshjul.plan.StrategyPlan;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * Hovedudvalget's statement (høringssvar) on a draft, or the record that the consultation
 * deadline passed without one. Never edited: a later statement is a new record.
 */
@Entity
public class ConsultationStatement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private StrategyPlan plan;

	private String bodyId;

	private int cycleYear;

	private String statement;

	private boolean noStatement;

	private String recordedBy;

	private Instant recordedAt;

	private String boardAnswer;

	private String answeredBy;

	private Instant answeredAt;

	protected ConsultationStatement() {
	}

	private ConsultationStatement(StrategyPlan plan, String bodyId, int cycleYear, String statement,
			boolean noStatement, String recordedBy, Instant recordedAt) {
		this.plan = plan;
		this.bodyId = bodyId;
		this.cycleYear = cycleYear;
		this.statement = statement;
		this.noStatement = noStatement;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public static ConsultationStatement given(StrategyPlan plan, String bodyId, int cycleYear, String statement,
			String recordedBy, Instant at) {
		return new ConsultationStatement(plan, bodyId, cycleYear, statement, false, recordedBy, at);
	}

	public static ConsultationStatement noneByDeadline(StrategyPlan plan, String bodyId, int cycleYear, Instant at) {
		return new ConsultationStatement(plan, bodyId, cycleYear, null, true, null, at);
	}

	/** The executive board's answer; the statement itself is never changed. */
	public void answer(String answer, String userId, Instant at) {
		this.boardAnswer = answer;
		this.answeredBy = userId;
		this.answeredAt = at;
	}

	public String getBoardAnswer() {
		return boardAnswer;
	}

	public String getAnsweredBy() {
		return answeredBy;
	}

	public Instant getAnsweredAt() {
		return answeredAt;
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

	public String getStatement() {
		return statement;
	}

	public boolean isNoStatement() {
		return noStatement;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

}
