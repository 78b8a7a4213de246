package dk.aarshjul.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A plan as JSON: the exchange format for import and export. Focus areas are listed in priority
 * order. Validation messages are Danish keys from messages.properties.
 */
public record PlanDocument(
		@NotBlank(message = "{plan.code.required}") @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,62}",
				message = "{plan.code.pattern}") String code,
		@NotBlank(message = "{plan.municipality.required}") @Size(max = 200,
				message = "{field.tooLong}") @Pattern(regexp = PlanLimits.ONE_LINE, message = "{field.controlCharacters}") String municipality,
		@NotBlank(message = "{plan.title.required}") @Size(max = 300, message = "{field.tooLong}") @Pattern(regexp = PlanLimits.ONE_LINE, message = "{field.controlCharacters}") String title,
		@Size(max = 10000, message = "{field.tooLong}") @Pattern(regexp = PlanLimits.LINES, message = "{field.controlCharacters}") String introduction,
		@Min(value = 2000, message = "{plan.year.range}") @Max(value = 2100, message = "{plan.year.range}") int year,
		@NotNull(message = "{plan.kind.required}") PlanKind kind,
		@NotNull(message = "{plan.periodFrom.required}") LocalDate periodFrom,
		LocalDate periodTo,
		@NotEmpty(message = "{plan.focusAreas.required}") @Size(max = PlanLimits.MAX_FOCUS_AREAS,
				message = "{field.tooMany}") List<@Valid @NotNull(message = "{field.required}") FocusAreaDocument> focusAreas) {

	public record FocusAreaDocument(
			@NotBlank(message = "{focusArea.title.required}") @Size(max = 300,
					message = "{field.tooLong}") @Pattern(regexp = PlanLimits.ONE_LINE, message = "{field.controlCharacters}") String title,
			@Size(max = 10000, message = "{field.tooLong}") @Pattern(regexp = PlanLimits.LINES, message = "{field.controlCharacters}") String strategy,
			@Size(max = 10000, message = "{field.tooLong}") @Pattern(regexp = PlanLimits.LINES, message = "{field.controlCharacters}") String specialForYear,
			@Size(max = 64, message = "{field.tooLong}") @Pattern(regexp = PlanLimits.ONE_LINE, message = "{field.controlCharacters}") String responsibleDirector,
			@Size(max = PlanLimits.MAX_GOALS, message = "{field.tooMany}") List<@Valid @NotNull(message = "{field.required}") GoalDocument> goals) {
	}

	public record GoalDocument(
			@NotBlank(message = "{goal.description.required}") @Size(max = 4000,
					message = "{field.tooLong}") @Pattern(regexp = PlanLimits.LINES, message = "{field.controlCharacters}") String description,
			@Size(max = 2000, message = "{field.tooLong}") @Pattern(regexp = PlanLimits.LINES, message = "{field.controlCharacters}") String measure,
			@Size(max = 2000, message = "{field.tooLong}") @Pattern(regexp = PlanLimits.LINES, message = "{field.controlCharacters}") String target,
			LocalDate dueDate,
			@Size(max = PlanLimits.MAX_INDICATORS_PER_GOAL, message = "{field.tooMany}") List<@Valid @NotNull(message = "{field.required}") IndicatorDocument> indicators) {

		/** A goal without indicators, as the draft form and plans from before indicators send it. */
		public GoalDocument(String description, String measure, String target, LocalDate dueDate) {
			this(description, measure, target, dueDate, null);
		}
	}

	/** An indicator of a goal; thresholds left empty follow the municipality's default. */
	public record IndicatorDocument(
			@NotBlank(message = "{indicator.name.required}") @Size(max = 300, message = "{field.tooLong}") @Pattern(regexp = PlanLimits.ONE_LINE, message = "{field.controlCharacters}") String name,
			@NotNull(message = "{indicator.unit.required}") IndicatorUnit unit,
			@NotNull(message = "{indicator.direction.required}") IndicatorDirection direction,
			@Digits(integer = 13, fraction = 4, message = "{indicator.value.digits}") BigDecimal baselineValue,
			LocalDate baselineDate,
			@NotNull(message = "{indicator.target.required}") @Digits(integer = 13, fraction = 4, message = "{indicator.value.digits}") BigDecimal targetValue,
			LocalDate targetDate,
			@DecimalMin(value = "0", message = "{indicator.tolerance.range}") @DecimalMax(value = "100", message = "{indicator.tolerance.range}") BigDecimal yellowTolerancePercent,
			IndicatorReporter reporter,
			@Size(max = 64, message = "{field.tooLong}") @Pattern(regexp = "[A-Za-z0-9]*", message = "{indicator.statbank.table}") String statbankTable,
			@Size(max = 1000, message = "{field.tooLong}") @Pattern(regexp = PlanLimits.ONE_LINE, message = "{field.controlCharacters}") String statbankSelection,
			@Size(max = 12, message = "{field.tooMany}") List<@Valid @NotNull(message = "{field.required}") MilestoneDocument> milestones) {
	}

	/** An intermediate target: the value the indicator should have reached by {@code dueDate}. */
	public record MilestoneDocument(@NotNull(message = "{indicator.milestone.date}") LocalDate dueDate,
			@NotNull(message = "{indicator.target.required}") @Digits(integer = 13, fraction = 4, message = "{indicator.value.digits}") BigDecimal targetValue) {
	}

	public static PlanDocument of(StrategyPlan plan) {
		return new PlanDocument(plan.getCode(), plan.getMunicipality(), plan.getTitle(), plan.getIntroduction(),
				plan.getYear(), plan.getKind(), plan.getPeriodFrom(), plan.getPeriodTo(),
				plan.getFocusAreas()
					.stream()
					.map(area -> new FocusAreaDocument(area.getTitle(), area.getStrategy(), area.getSpecialForYear(),
							area.getResponsibleDirector(),
							area.getGoals()
								.stream()
								.map(goal -> new GoalDocument(goal.getDescription(), goal.getMeasure(),
										goal.getTarget(), goal.getDueDate(), goal.indicatorDocuments()))
								.toList()))
					.toList());
	}

	public StrategyPlan toNewPlan() {
		StrategyPlan plan = new StrategyPlan(code, municipality, title, year, kind, periodFrom, periodTo);
		plan.setIntroduction(introduction);
		for (FocusAreaDocument area : focusAreas) {
			FocusArea focusArea = plan.addFocusArea(area.title(), area.strategy(), area.specialForYear(),
					area.responsibleDirector());
			if (area.goals() != null) {
				area.goals()
					.forEach(goal -> focusArea.addGoal(goal.description(), goal.measure(), goal.target(),
							goal.dueDate()).reviseIndicators(goal.indicators()));
			}
		}
		return plan;
	}

}
