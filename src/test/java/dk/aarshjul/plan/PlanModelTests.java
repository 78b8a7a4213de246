package dk.aarshjul.plan;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dk.aarshjul.translation.UnitPlan;
import dk.aarshjul.translation.UnitPlanRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan model on a real database: the demo seed plan, JSON import and export, locking. */
abstract class PlanModelTests {

	@Autowired
	StrategyPlanRepository plans;

	@Autowired
	UnitPlanRepository unitPlans;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void seedPlanHasItsFiveFocusAreasInPriorityOrder() {
		StrategyPlan plan = plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow();
		PlanDocument document = transfer.export(plan.getId());

		assertThat(plan.getTitle()).isEqualTo("Holbæk i Fællesskab – Koncernledelsens strategiplan 2017+");
		// its status is wherever the cycles other tests in this context started have taken it
		assertThat(document.focusAreas()).extracting(PlanDocument.FocusAreaDocument::title)
			.containsExactly("Kerneopgaverne", "Budgetoverholdelse", "En stærk medspiller",
					"Demokrati og medborgerskab", "Vækst til velfærd");
		assertThat(document.focusAreas().get(2).goals()).extracting(PlanDocument.GoalDocument::target)
			.contains("Højst 5 procent");
	}

	@Test
	void exportedPlanImportsAsACopy() {
		StrategyPlan seed = plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow();
		PlanDocument exported = transfer.export(seed.getId());
		PlanDocument nextYear = new PlanDocument("EXPORT-KOPI", exported.municipality(), exported.title(),
				exported.introduction(), 2018, exported.kind(), exported.periodFrom(), exported.periodTo(),
				exported.focusAreas());

		StrategyPlan copy = transfer.importDocument(nextYear);

		assertThat(transfer.export(copy.getId())).isEqualTo(nextYear);
	}

	@Test
	void invalidPlanIsRefusedWholeAndNamesTheFields() {
		String json = """
				{ "code": "HALV-PLAN", "municipality": "Demo Kommune", "title": "Halv plan", "year": 2027,
				  "kind": "ADMINISTRATIVE_STRATEGY", "periodFrom": "2027-01-01",
				  "focusAreas": [ { "title": "Gyldigt område", "goals": [ { "description": "Et mål" } ] },
				                  { "title": "", "goals": [ { "description": " " } ] } ] }
				""";
		String before = tableCounts();

		assertThatThrownBy(() -> transfer.importJson(stream(json))).isInstanceOfSatisfying(InvalidPlanException.class,
				ex -> assertThat(ex.problems()).extracting(InvalidPlanException.FieldProblem::field,
						InvalidPlanException.FieldProblem::message)
					.containsExactlyInAnyOrder(
							org.assertj.core.groups.Tuple.tuple("focusAreas[1].goals[0].description",
									"Målets beskrivelse skal udfyldes."),
							org.assertj.core.groups.Tuple.tuple("focusAreas[1].title",
									"Indsatsområdets titel skal udfyldes.")));
		assertThat(tableCounts()).isEqualTo(before);
	}

	@Test
	void malformedJsonAndDuplicatesAreRefusedInDanish() {
		assertThatThrownBy(() -> transfer.importJson(stream("{ \"code\": \"X1\", \"year\": \"next\" }")))
			.isInstanceOfSatisfying(InvalidPlanException.class, ex -> assertThat(ex.problems().get(0).message())
				.startsWith("Filen er ikke en gyldig plan i JSON-format"));

		PlanDocument seed = transfer.export(plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId());
		assertThatThrownBy(() -> transfer.importDocument(seed))
			.isInstanceOfSatisfying(InvalidPlanException.class, ex -> assertThat(ex.problems())
				.extracting(InvalidPlanException.FieldProblem::message)
				.containsExactly("Der findes allerede en plan med koden DEMO-STRATEGI for år 2017."));
	}

	@Test
	void aPlanLargerThanTheFormsCanShowIsRefused() {
		PlanDocument.FocusAreaDocument area = new PlanDocument.FocusAreaDocument("Område", null, null, null,
				java.util.Collections.nCopies(PlanLimits.MAX_GOALS + 1, new PlanDocument.GoalDocument("Mål", null, null, null)));
		PlanDocument tooManyGoals = new PlanDocument("FOR-STOR", "Demo Kommune", "For stor", null, 2027,
				PlanKind.ANNUAL_AGREEMENT, java.time.LocalDate.of(2027, 1, 1), null, List.of(area));

		assertThatThrownBy(() -> transfer.importDocument(tooManyGoals)).isInstanceOf(InvalidPlanException.class)
			.hasMessageContaining("højst 40");
		assertThat(plans.findByCodeAndYear("FOR-STOR", 2027)).isEmpty();
	}

	@Test
	void concurrentEditsOfAUnitPlanDoNotOverwriteEachOther() {
		Long planId = plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId();
		Long unitPlanId = transaction.execute(status -> {
			StrategyPlan plan = plans.findById(planId).orElseThrow();
			return unitPlans.save(new UnitPlan(plan, "laering", 2099)).getId();
		});
		List<UnitPlan> copies = new ArrayList<>();
		copies.add(unitPlans.findById(unitPlanId).orElseThrow());
		copies.add(unitPlans.findById(unitPlanId).orElseThrow());

		copies.get(0).setStatus(UnitPlan.Status.SUBMITTED);
		unitPlans.save(copies.get(0));
		copies.get(1).setStatus(UnitPlan.Status.APPROVED);

		assertThatThrownBy(() -> unitPlans.save(copies.get(1)))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
		assertThat(unitPlans.findById(unitPlanId).orElseThrow().getStatus()).isEqualTo(UnitPlan.Status.SUBMITTED);
		unitPlans.deleteById(unitPlanId);
	}

	private String tableCounts() {
		return List.of("strategy_plan", "focus_area", "goal")
			.stream()
			.map(table -> table + "=" + jdbc.queryForObject("select count(*) from " + table, Integer.class))
			.toList()
			.toString();
	}

	private static ByteArrayInputStream stream(String json) {
		return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
	}

}
