package dk.aarshjul.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dk.aarshjul.plan.Indicator;
import dk.aarshjul.plan.IndicatorDirection;
import dk.aarshjul.plan.IndicatorReporter;
import dk.aarshjul.plan.IndicatorUnit;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanDocument.FocusAreaDocument;
import dk.aarshjul.plan.PlanDocument.GoalDocument;
import dk.aarshjul.plan.PlanDocument.IndicatorDocument;
import dk.aarshjul.plan.PlanDocument.MilestoneDocument;
import dk.aarshjul.plan.PlanKind;

/** Plans whose goals carry the seeds' indicators, as documents and as (unsaved) model objects. */
final class IndicatorFixtures {

	record Milestone(LocalDate dueDate, String target) {
	}

	private IndicatorFixtures() {
	}

	static Indicator indicator(String name, IndicatorDirection direction, String target, LocalDate targetDate,
			List<Milestone> milestones) {
		IndicatorDocument indicator = new IndicatorDocument(name, IndicatorUnit.PERCENT, direction, null, null,
				new BigDecimal(target), targetDate, null, IndicatorReporter.BOTH, null, null,
				milestones.stream().map(m -> new MilestoneDocument(m.dueDate(), new BigDecimal(m.target()))).toList());
		return plan("FIXTURE", 2027, List.of(indicator)).toNewPlan().getFocusAreas().get(0).getGoals().get(0)
			.getIndicators().get(0);
	}

	/** Holbæk's sickness absence (at most 5 %) and Odsherred's young people in education (above 85 %). */
	static PlanDocument seedsPlan(String code, int year) {
		return plan(code, year, List.of(sicknessAbsence(), youngPeopleInEducation()));
	}

	static IndicatorDocument sicknessAbsence() {
		return new IndicatorDocument("Sygefravær", IndicatorUnit.PERCENT, IndicatorDirection.LOWER_IS_BETTER,
				new BigDecimal("6.2"), LocalDate.of(2024, 12, 31), new BigDecimal("5"), LocalDate.of(2027, 12, 31), null,
				IndicatorReporter.BOTH, null, null, List.of());
	}

	static IndicatorDocument youngPeopleInEducation() {
		return new IndicatorDocument("Unge i ungdomsuddannelse", IndicatorUnit.PERCENT, IndicatorDirection.HIGHER_IS_BETTER,
				new BigDecimal("78"), LocalDate.of(2024, 12, 31), new BigDecimal("85"), LocalDate.of(2027, 12, 31), null,
				IndicatorReporter.CENTRAL, "UDDAKT", "OMRÅDE=316;KØN=TOT", List.of());
	}

	static PlanDocument plan(String code, int year, List<IndicatorDocument> indicators) {
		return new PlanDocument(code, "Demo Kommune", "Plan med indikatorer " + code, null, year,
				PlanKind.ADMINISTRATIVE_STRATEGY, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
				List.of(new FocusAreaDocument("En stærk medspiller", "Vi måler det, vi vil forbedre.", null, null,
						List.of(new GoalDocument("Færre sygedage og flere unge i uddannelse", "Sygefravær og fastholdelse",
								"Højst 5 % og over 85 %", LocalDate.of(year, 12, 31), indicators)))));
	}

}
