package dk.aarshjul.publication;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import dk.aarshjul.plan.FocusArea;
import dk.aarshjul.plan.Goal;
import dk.aarshjul.plan.StrategyPlan;

/**
 * The plan's content as it was when it was published — only what the public may read: no
 * responsible director, no comments. Goal ids tie the goals to the follow-up's statuses.
 */
public record PlanSnapshot(String businessKey, String title, int year, String introduction, LocalDate periodFrom,
		LocalDate periodTo, List<FocusAreaSnapshot> focusAreas) {

	public record FocusAreaSnapshot(int priority, String title, String strategy, String specialForYear,
			List<GoalSnapshot> goals) {
	}

	public record GoalSnapshot(Long goalId, String description, String measure, String target, LocalDate dueDate) {
	}

	static PlanSnapshot of(StrategyPlan plan, String businessKey, int year) {
		return new PlanSnapshot(businessKey, plan.getTitle(), year, plan.getIntroduction(), plan.getPeriodFrom(),
				plan.getPeriodTo(), plan.getFocusAreas().stream()
					.sorted(Comparator.comparingInt(FocusArea::getPriority))
					.map(PlanSnapshot::focusArea)
					.toList());
	}

	private static FocusAreaSnapshot focusArea(FocusArea area) {
		return new FocusAreaSnapshot(area.getPriority(), area.getTitle(), area.getStrategy(), area.getSpecialForYear(),
				area.getGoals().stream()
					.sorted(Comparator.comparingInt(Goal::getPosition))
					.map(goal -> new GoalSnapshot(goal.getId(), goal.getDescription(), goal.getMeasure(),
							goal.getTarget(), goal.getDueDate()))
					.toList());
	}

}
