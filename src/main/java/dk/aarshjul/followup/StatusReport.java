package dk.aarshjul.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.aarshjul.plan.Goal;
import dk.aarshjul.plan.StrategyPlan;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

/** A unit's half-yearly status on the plan's goals, for the round ending on {@code periodEnd}. */
@Entity
public class StatusReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private StrategyPlan plan;

	private String unitId;

	private LocalDate periodEnd;

	private String submittedBy;

	private Instant submittedAt;

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<GoalStatus> goalStatuses = new ArrayList<>();

	protected StatusReport() {
	}

	public StatusReport(StrategyPlan plan, String unitId, LocalDate periodEnd) {
		this.plan = plan;
		this.unitId = unitId;
		this.periodEnd = periodEnd;
	}

	public void report(Goal goal, TrafficLight light, String comment) {
		goalStatuses.add(new GoalStatus(this, goal, light, comment));
	}

	public void submit(String userId, Instant at) {
		this.submittedBy = userId;
		this.submittedAt = at;
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

	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public List<GoalStatus> getGoalStatuses() {
		return goalStatuses;
	}

}
