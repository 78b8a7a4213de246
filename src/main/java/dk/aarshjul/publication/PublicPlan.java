package dk.aarshjul.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dk.aarshjul.followup.TrafficLight;
import dk.aarshjul.indicator.Light;
import dk.aarshjul.indicator.TrendChart;
import dk.aarshjul.plan.IndicatorDirection;
import dk.aarshjul.plan.IndicatorUnit;

/**
 * A published plan as the public sees it, on the page and as JSON alike: the approved content,
 * and the latest status Økonomiudvalget has noted. No person's name, no comment, no draft.
 * A status is null where nothing noted covers the goal.
 */
public record PublicPlan(String code, String title, int year, String municipality, String introduction,
		LocalDate periodFrom, LocalDate periodTo, LocalDate publishedOn, LocalDate statusPeriodEnd,
		LocalDate statusNotedOn, TrafficLight status, List<PublicFocusArea> focusAreas) {

	public record PublicFocusArea(int priority, String title, String strategy, String specialForYear,
			TrafficLight status, List<PublicGoal> goals) {
	}

	public record PublicGoal(String description, String measure, String target, LocalDate dueDate,
			TrafficLight status, List<PublicIndicator> indicators) {
	}

	/**
	 * An indicator as approved, with the values Økonomiudvalget has noted (oldest first; none noted:
	 * empty), the newest noted value of each series for the page, and the chart of them against the target.
	 */
	public record PublicIndicator(String name, IndicatorUnit unit, IndicatorDirection direction,
			BigDecimal baselineValue, LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate,
			List<PublicMilestone> milestones, List<PublicValue> values, @JsonIgnore List<PublicValue> latest,
			@JsonIgnore TrendChart.Trend trend) {
	}

	public record PublicMilestone(LocalDate dueDate, BigDecimal targetValue) {
	}

	/** A noted value: when it was measured, the figure, its light, and whose it is (a unit, or the whole municipality). */
	public record PublicValue(LocalDate measuredOn, BigDecimal value, Light light, String unitName) {
	}

	/** The plan in the list of published plans: its focus areas with their roll-up, without the goals. */
	public record Summary(String code, String title, int year, String municipality, LocalDate statusPeriodEnd,
			TrafficLight status, List<FocusAreaSummary> focusAreas) {
	}

	public record FocusAreaSummary(int priority, String title, TrafficLight status) {
	}

	Summary summary() {
		return new Summary(code, title, year, municipality, statusPeriodEnd, status, focusAreas.stream()
			.map(area -> new FocusAreaSummary(area.priority(), area.title(), area.status()))
			.toList());
	}

}
