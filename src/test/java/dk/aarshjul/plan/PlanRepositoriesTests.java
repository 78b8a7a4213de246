package dk.aarshjul.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.PersistenceUnitUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan's repositories' own queries on a real database, without the engine: the order of a plan's
 * indicators and which year's plan a cycle runs. One body for H2 ({@code PlanRepositoriesH2Tests})
 * and PostgreSQL ({@code PlanRepositoriesPostgresTests}); each test is rolled back.
 */
// @DataJpaTest's own @Transactional sits on the subclasses, which Spring's test transactions do not
// look at for test methods declared here
@Transactional
abstract class PlanRepositoriesTests {

	@Autowired
	StrategyPlanRepository plans;

	@Autowired
	IndicatorRepository indicators;

	@Autowired
	TestEntityManager entities;

	@Test
	void aPlansIndicatorsComeInThePlansOrderWithTheirGoalsAndNoOtherPlans() {
		StrategyPlan plan = new StrategyPlan("ORDEN", "Demo Kommune", "Orden", 2030, PlanKind.ADMINISTRATIVE_STRATEGY,
				LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31));
		FocusArea first = plan.addFocusArea("A", null, null, null);
		first.addGoal("A1", null, null, null).reviseIndicators(indicatorsNamed("A1-x", "A1-y"));
		first.addGoal("A2", null, null, null).reviseIndicators(indicatorsNamed("A2-x"));
		plan.addFocusArea("B", null, null, null).addGoal("B1", null, null, null).reviseIndicators(indicatorsNamed("B1-x"));
		plans.save(plan);
		StrategyPlan other = new StrategyPlan("ANDEN", "Demo Kommune", "Anden", 2030, PlanKind.ADMINISTRATIVE_STRATEGY,
				LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31));
		other.addFocusArea("C", null, null, null).addGoal("C1", null, null, null).reviseIndicators(indicatorsNamed("C1-x"));
		plans.save(other);
		entities.flush();
		// rows stored in one order, ranked in the other: the query must follow the ranks, not the ids
		swap("focus_area", "priority", "plan_id", plan.getId());
		swap("goal", "position", "focus_area_id", first.getId());
		swap("indicator", "position", "goal_id", first.getGoals().get(0).getId());
		entities.clear();

		List<Indicator> found = indicators.findByPlan(plan.getId());

		assertThat(found).extracting(Indicator::getName).containsExactly("B1-x", "A2-x", "A1-y", "A1-x");
		PersistenceUnitUtil loaded = entities.getEntityManager().getEntityManagerFactory().getPersistenceUnitUtil();
		assertThat(found).allSatisfy(indicator -> {
			assertThat(loaded.isLoaded(indicator.getGoal())).as("the goal fetched in the same statement").isTrue();
			assertThat(loaded.isLoaded(indicator.getGoal().getFocusArea())).as("and its focus area").isTrue();
		});
		assertThat(indicators.findByPlan(-1L)).isEmpty();
	}

	@Test
	void aCycleRunsItsYearsPlanOrElseTheNewestBeforeIt() {
		StrategyPlan older = plans.save(plan("HJUL", 2025));
		StrategyPlan newer = plans.save(plan("HJUL", 2027));
		plans.save(plan("HJUL-ANDEN", 2026));
		plans.save(plan("HJUL", 2029)); // a later year is never the plan of an earlier one

		assertThat(plans.findFirstByCodeAndYearLessThanEqualOrderByYearDesc("HJUL", 2027)).contains(newer);
		assertThat(plans.findFirstByCodeAndYearLessThanEqualOrderByYearDesc("HJUL", 2028)).contains(newer);
		assertThat(plans.findFirstByCodeAndYearLessThanEqualOrderByYearDesc("HJUL", 2026)).contains(older);
		assertThat(plans.findFirstByCodeAndYearLessThanEqualOrderByYearDesc("HJUL", 2024)).isEmpty();
		assertThat(plans.existsByCodeAndYear("HJUL", 2026)).isFalse();
	}

	@Test
	void thePlansListIsNewestYearFirstThenByTitle() {
		plans.save(plan("LISTE-B", 2031, "Beta"));
		plans.save(plan("LISTE-A", 2031, "Alfa"));
		plans.save(plan("LISTE-C", 2032, "Gamma"));

		assertThat(plans.findAllByOrderByYearDescTitleAsc()).filteredOn(plan -> plan.getCode().startsWith("LISTE-"))
			.extracting(StrategyPlan::getTitle)
			.containsExactly("Gamma", "Alfa", "Beta");
	}

	/** Reverses the ranks 1 and 2 under one owner, in two steps, as the unique constraint on them is checked row by row. */
	private void swap(String table, String rank, String owner, Long ownerId) {
		entities.getEntityManager()
			.createNativeQuery("update " + table + " set " + rank + " = " + rank + " + 100 where " + owner + " = ?1")
			.setParameter(1, ownerId)
			.executeUpdate();
		entities.getEntityManager()
			.createNativeQuery("update " + table + " set " + rank + " = 103 - " + rank + " where " + owner + " = ?1")
			.setParameter(1, ownerId)
			.executeUpdate();
	}

	private static List<PlanDocument.IndicatorDocument> indicatorsNamed(String... names) {
		return Arrays.stream(names)
			.map(name -> new PlanDocument.IndicatorDocument(name, IndicatorUnit.PERCENT, IndicatorDirection.LOWER_IS_BETTER,
					new BigDecimal("6.2"), LocalDate.of(2029, 12, 31), new BigDecimal("5"), LocalDate.of(2030, 12, 31), null,
					IndicatorReporter.UNITS, null, null, null))
			.toList();
	}

	private static StrategyPlan plan(String code, int year) {
		return plan(code, year, "Plan " + code);
	}

	private static StrategyPlan plan(String code, int year, String title) {
		return new StrategyPlan(code, "Demo Kommune", title, year, PlanKind.ADMINISTRATIVE_STRATEGY,
				LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

}
