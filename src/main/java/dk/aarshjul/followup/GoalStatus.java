package dk.aarshjul.followup;

import dk.aarshjul.plan.Goal;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** One goal's traffic light and comment in a status report. */
@Entity
public class GoalStatus {

	@Id
	// from a sequence in blocks (db/vendor/*/V15): the rows of one completion go as one batched insert
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "goal_status_seq")
	@SequenceGenerator(name = "goal_status_seq", sequenceName = "goal_status_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "status_report_id")
	private StatusReport report;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "goal_id")
	private Goal goal;

	@Enumerated(EnumType.STRING)
	private TrafficLight trafficLight;

	private String comment;

	protected GoalStatus() {
	}

	GoalStatus(StatusReport report, Goal goal, TrafficLight trafficLight, String comment) {
		this.report = report;
		this.goal = goal;
		this.trafficLight = trafficLight;
		this.comment = comment;
	}

	public Long getId() {
		return id;
	}

	public Goal getGoal() {
		return goal;
	}

	public TrafficLight getTrafficLight() {
		return trafficLight;
	}

	public String getComment() {
		return comment;
	}

}
