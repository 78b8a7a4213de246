package dk.aarshjul.plan;

import java.time.LocalDate;
import java.util.List;

import dk.aarshjul.plan.PlanDocument.FocusAreaDocument;
import dk.aarshjul.plan.PlanDocument.GoalDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan's table as it is pasted from Word or Excel: focus areas in the order of their rows, a row per goal. */
class PlanTableTests {

	@Test
	void rowsWithAnEmptyFocusAreaBelongToTheOneAboveAsMergedCellsCopy() {
		String pasted = """
				Indsatsområde\tStrategi\tMål\tMålemetode\tMålsætning\tFrist
				Børn og unge\tTidlig indsats\tFlere børn trives\tTrivselsmåling\t90 %\t31-12-2027
				\t\tFærre fravær\tFraværsstatistik\tUnder 5 %\t30.06.2027
				Grøn omstilling\t"Mindre CO2,
				mere natur"\tHalvér udledningen\tCO2-regnskab\t50 %\t2028-12-31
				""";

		PlanTable.Result table = PlanTable.read(pasted);

		assertThat(table.problems()).isEmpty();
		assertThat(table.focusAreas()).containsExactly(
				new FocusAreaDocument("Børn og unge", "Tidlig indsats", null, null,
						List.of(new GoalDocument("Flere børn trives", "Trivselsmåling", "90 %", LocalDate.of(2027, 12, 31)),
								new GoalDocument("Færre fravær", "Fraværsstatistik", "Under 5 %", LocalDate.of(2027, 6, 30)))),
				new FocusAreaDocument("Grøn omstilling", "Mindre CO2,\nmere natur", null, null,
						List.of(new GoalDocument("Halvér udledningen", "CO2-regnskab", "50 %", LocalDate.of(2028, 12, 31)))));
		assertThat(table.rows()).containsEntry("focusAreas[1].goals[0]", 4).containsEntry("focusAreas[0].goals[1]", 3);
	}

	@Test
	void danishExcelsSemicolonsAndColumnsInAnyOrder() {
		PlanTable.Result table = PlanTable.read("Mål;Indsatsområde;Frist\nEt mål;Område;1-2-2027\n");

		assertThat(table.problems()).isEmpty();
		assertThat(table.focusAreas().get(0).goals().get(0).dueDate()).isEqualTo(LocalDate.of(2027, 2, 1));
	}

	@Test
	void everyBadRowIsNamedByItsNumberAsTheSpreadsheetCountsIt() {
		String pasted = """
				Indsatsområde\tMål\tFrist
				Område\tEt mål\t31-12-2027
				\tEt andet mål\t31-13-2027
				\t\t01-01-2028
				""";

		PlanTable.Result table = PlanTable.read(pasted);

		assertThat(table.problems()).containsExactly(PlanTable.Problem.of("plan.table.dueDate", 3, "31-13-2027"),
				PlanTable.Problem.of("plan.table.goalMissing", 4));
	}

	@Test
	void anUnknownColumnOrAMissingHeadingIsRefusedRatherThanLeftOut() {
		assertThat(PlanTable.read("Indsatsområde\tMål\tStatus\nA\tB\tgrøn\n").problems())
			.containsExactly(PlanTable.Problem.of("plan.table.columnUnknown", "Status"));
		assertThat(PlanTable.read("Børn og unge\tFlere børn trives\n").problems())
			.contains(PlanTable.Problem.of("plan.table.columnsRequired"));
		assertThat(PlanTable.read("Indsatsområde\tMål\nA\tx\nB\ty\nA\tz\n").problems())
			.containsExactly(PlanTable.Problem.of("plan.table.focusAreaSplit", 4, "A", 2));
	}

}
