package dk.aarshjul.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/** A focus area of a plan (indsatsområde), with its strategy, this year's emphasis and its goals. */
@Entity
public class FocusArea {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private StrategyPlan plan;

	private int priority;

	private String title;

	private String strategy;

	private String specialForYear;

	/** User id of the director who answers for this focus area. */
	private String responsibleDirector;

	@OneToMany(mappedBy = "focusArea", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Goal> goals = new ArrayList<>();

	protected FocusArea() {
	}

	FocusArea(StrategyPlan plan, int priority, String title, String strategy, String specialForYear,
			String responsibleDirector) {
		this.plan = plan;
		this.priority = priority;
		this.title = title;
		this.strategy = strategy;
		this.specialForYear = specialForYear;
		this.responsibleDirector = responsibleDirector;
	}

	public Goal addGoal(String description, String measure, String target, LocalDate dueDate) {
		Goal goal = new Goal(this, goals.size() + 1, description, measure, target, dueDate);
		goals.add(goal);
		return goal;
	}

	void revise(String title, String strategy, String specialForYear, String responsibleDirector) {
		this.title = title;
		this.strategy = strategy;
		this.specialForYear = specialForYear;
		this.responsibleDirector = responsibleDirector;
	}

	void reviseGoals(List<PlanDocument.GoalDocument> revised) {
		for (int i = 0; i < revised.size(); i++) {
			PlanDocument.GoalDocument goal = revised.get(i);
			if (i < goals.size()) {
				goals.get(i).revise(goal.description(), goal.measure(), goal.target(), goal.dueDate());
				goals.get(i).reviseIndicators(goal.indicators());
			}
			else {
				addGoal(goal.description(), goal.measure(), goal.target(), goal.dueDate())
					.reviseIndicators(goal.indicators());
			}
		}
		while (goals.size() > revised.size()) {
			goals.remove(goals.size() - 1);
		}
	}

	public Long getId() {
		return id;
	}

	public StrategyPlan getPlan() {
		return plan;
	}

	public int getPriority() {
		return priority;
	}

	public String getTitle() {
		return title;
	}

	public String getStrategy() {
		return strategy;
	}

	public String getSpecialForYear() {
		return specialForYear;
	}

	public String getResponsibleDirector() {
		return responsibleDirector;
	}

	public List<Goal> getGoals() {
		return goals;
	}

}
