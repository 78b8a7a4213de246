package dk.aarshjul.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import dk.aarshjul.plan.FocusArea;
import dk.aarshjul.plan.Goal;
import dk.aarshjul.plan.Indicator;
import dk.aarshjul.plan.IndicatorDirection;
import dk.aarshjul.plan.IndicatorUnit;
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

	/**
	 * {@code indicators} is null in a snapshot taken before snapshots kept them: such a plan shows no
	 * indicators until it is approved again, for the indicators as they stand now may be a later draft's.
	 */
	public record GoalSnapshot(Long goalId, String description, String measure, String target, LocalDate dueDate,
			List<IndicatorSnapshot> indicators) {
	}

	/** An indicator as approved; its id ties it to its values. */
	public record IndicatorSnapshot(Long indicatorId, String name, IndicatorUnit unit, IndicatorDirection direction,
			BigDecimal baselineValue, LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate,
			List<MilestoneSnapshot> milestones) {
	}

	public record MilestoneSnapshot(LocalDate dueDate, BigDecimal targetValue) {
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
							goal.getTarget(), goal.getDueDate(),
							goal.getIndicators().stream().map(PlanSnapshot::indicator).toList()))
					.toList());
	}

	private static IndicatorSnapshot indicator(Indicator indicator) {
		return new IndicatorSnapshot(indicator.getId(), indicator.getName(), indicator.getUnit(), indicator.getDirection(),
				plain(indicator.getBaselineValue()), indicator.getBaselineDate(), plain(indicator.getTargetValue()),
				indicator.getTargetDate(), indicator.getMilestones().stream()
					.map(milestone -> new MilestoneSnapshot(milestone.getDueDate(), plain(milestone.getTargetValue())))
					.toList());
	}

	/** A figure as it was written: the database keeps four decimals, 5.0000 is kept as 5. */
	static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
