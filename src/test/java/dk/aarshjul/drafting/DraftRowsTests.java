package dk.aarshjul.drafting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.plan.IndicatorDirection;
import dk.aarshjul.plan.IndicatorReporter;
import dk.aarshjul.plan.IndicatorUnit;
import dk.aarshjul.plan.PlanDocument.FocusAreaDocument;
import dk.aarshjul.plan.PlanDocument.GoalDocument;
import dk.aarshjul.plan.PlanDocument.IndicatorDocument;
import dk.aarshjul.plan.PlanDocument.MilestoneDocument;
import dk.aarshjul.task.FormData;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What SaveDraft refuses, and how: every problem at once, each naming its row and field in Danish. */
class DraftRowsTests {

	private final ObjectMapper json = new ObjectMapper();

	private final DraftRows rows = new DraftRows(new FormData(json, messages()), Set.of("karen", "mikkel")::contains,
			Map.of("olivia", "Olivia Berg")::get);

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private JsonNode tree(String text) throws Exception {
		return json.readTree(text);
	}

	@Test
	void everyProblemIsNamedAtOnceWithItsRowAndField() throws Exception {
		DraftRows.Read read = rows.read(tree("""
				[ { "title": "Trivsel", "responsibleDirector": "olivia",
				    "goals": [ { "description": "Mindre fravær", "dueDate": "31-12-2052" },
				               { "description": "", "target": "Højst 5 %%" } ] },
				  { "title": "", "strategy": "Noget", "goals": [] },
				  { "title": "%s", "goals": [ { "description": "Ok", "measure": "%s", "dueDate": "2052-02-30" } ] } ]
				""".formatted("t".repeat(301), "m".repeat(2001))));

		assertThat(read.problems()).containsExactly(
				"Indsatsområde 1: Olivia Berg er ikke medlem af direktionen. Vælg et medlem af direktionen som ansvarlig direktør.",
				"Indsatsområde 1, mål 1: Frist skal være en dato (dd.mm.åååå), ikke \"31-12-2052\".",
				"Indsatsområde 1, mål 2: Beskrivelse skal udfyldes.",
				"Indsatsområde 2: Titel skal udfyldes.",
				"Indsatsområde 3: Titel må højst være 300 tegn.",
				"Indsatsområde 3, mål 1: Måles ved må højst være 2000 tegn.",
				"Indsatsområde 3, mål 1: Frist skal være en dato (dd.mm.åååå), ikke \"2052-02-30\".");
	}

	@Test
	void rowsKeepTheirOrderEmptyRowsAreSkippedAndDatesAreReadAsTyped() throws Exception {
		DraftRows.Read read = rows.read(tree("""
				[ { "title": " Grøn omstilling ", "responsibleDirector": "mikkel",
				    "goals": [ { "description": "Færre km", "dueDate": "30.6.2052" }, { "description": " " } ] },
				  { "title": "", "strategy": "", "specialForYear": "", "goals": [] },
				  { "title": "Trivsel", "responsibleDirector": "",
				    "goals": [ { "description": "Mindre fravær", "measure": "Fravær", "target": "5 %", "dueDate": "2052-12-31" } ] } ]
				"""));

		assertThat(read.problems()).isEmpty();
		assertThat(read.focusAreas()).extracting(FocusAreaDocument::title).containsExactly("Grøn omstilling", "Trivsel");
		assertThat(read.focusAreas()).extracting(FocusAreaDocument::responsibleDirector).containsExactly("mikkel", null);
		assertThat(read.focusAreas().get(0).goals()).hasSize(1);
		assertThat(read.focusAreas().get(0).goals().get(0).dueDate()).isEqualTo(LocalDate.of(2052, 6, 30));
		assertThat(read.focusAreas().get(1).goals().get(0).target()).isEqualTo("5 %");
	}

	@Test
	void aDraftWithoutFocusAreasOrWithTooManyIsRefused() throws Exception {
		assertThat(rows.read(tree("[ { \"title\": \"\" } ]")).problems()).containsExactly("Skriv mindst ét indsatsområde.");
		assertThat(rows.read(null).problems()).containsExactly("Skriv mindst ét indsatsområde.");
		StringBuilder thirteen = new StringBuilder("[");
		for (int i = 1; i <= 13; i++) {
			thirteen.append(i > 1 ? "," : "").append("{\"title\": \"Område ").append(i)
				.append("\", \"goals\": [{\"description\": \"a\"}, {\"description\": \"b\"}, {\"description\": \"c\"}, {\"description\": \"d\"}]}");
		}
		assertThat(rows.read(tree(thirteen.append("]").toString())).problems())
			.containsExactly("Planen kan højst have 12 indsatsområder.", "Planen kan højst have 40 mål i alt.");
		assertThat(rows.read(tree("{ \"title\": \"Ikke en liste\" }")).problems())
			.containsExactly("Formularens rækker kunne ikke læses. Genindlæs opgaven, og prøv igen.");
	}

	@Test
	void indicatorsAreReadWithDanishFiguresAndTheCodesTheFormCarriesThrough() throws Exception {
		DraftRows.Read read = rows.read(tree("""
				[ { "title": "Trivsel", "goals": [ { "description": "Mindre fravær", "indicators": [
				    { "name": " Sygefravær ", "unit": "PERCENT", "direction": "LOWER_IS_BETTER",
				      "baselineValue": "6,5", "baselineDate": "31.12.2051", "targetValue": "1.234,25",
				      "targetDate": "2052-12-31", "yellowTolerancePercent": "", "reporter": "",
				      "statbankTable": "FRAV1", "statbankSelection": "OMRÅDE=316",
				      "milestones": [ { "dueDate": "2052-06-30", "targetValue": "5,75" } ] },
				    { "name": "", "unit": "COUNT", "direction": "HIGHER_IS_BETTER", "baselineValue": "",
				      "targetValue": "", "reporter": "CENTRAL" },
				    { "name": "Kurser", "unit": "COUNT", "direction": "HIGHER_IS_BETTER", "targetValue": 12,
				      "yellowTolerancePercent": "7.5", "reporter": "BOTH" } ] } ] } ]
				"""));

		assertThat(read.problems()).isEmpty();
		List<IndicatorDocument> indicators = read.focusAreas().get(0).goals().get(0).indicators();
		assertThat(indicators).as("a row left empty is skipped, even with its selects chosen").hasSize(2);
		IndicatorDocument absence = indicators.get(0);
		assertThat(absence.name()).isEqualTo("Sygefravær");
		assertThat(absence.unit()).isEqualTo(IndicatorUnit.PERCENT);
		assertThat(absence.direction()).isEqualTo(IndicatorDirection.LOWER_IS_BETTER);
		assertThat(absence.baselineValue()).isEqualByComparingTo("6.5");
		assertThat(absence.baselineDate()).isEqualTo(LocalDate.of(2051, 12, 31));
		assertThat(absence.targetValue()).isEqualByComparingTo("1234.25");
		assertThat(absence.targetDate()).isEqualTo(LocalDate.of(2052, 12, 31));
		assertThat(absence.yellowTolerancePercent()).as("empty: the municipality's default").isNull();
		assertThat(absence.reporter()).as("none chosen: the units, as the plan editor").isEqualTo(IndicatorReporter.UNITS);
		assertThat(absence.statbankTable()).isEqualTo("FRAV1");
		assertThat(absence.statbankSelection()).isEqualTo("OMRÅDE=316");
		assertThat(absence.milestones()).singleElement()
			.satisfies(m -> assertThat(m.dueDate()).isEqualTo(LocalDate.of(2052, 6, 30)))
			.satisfies(m -> assertThat(m.targetValue()).isEqualByComparingTo("5.75"));
		assertThat(indicators.get(1).targetValue()).isEqualByComparingTo("12");
		assertThat(indicators.get(1).yellowTolerancePercent()).isEqualByComparingTo("7.5");
		assertThat(indicators.get(1).reporter()).isEqualTo(IndicatorReporter.BOTH);
		assertThat(indicators.get(1).milestones()).isNull();
	}

	@Test
	void aGoalRowWithoutIndicatorsKeepsThemAndAListEvenAnEmptyOneReplacesThem() throws Exception {
		DraftRows.Read read = rows.read(tree("""
				[ { "title": "Trivsel", "goals": [ { "description": "Fra formularen før indikatorer" },
				                                   { "description": "Uden indikatorer nu", "indicators": [] },
				                                   { "description": "Sagt som null", "indicators": null } ] } ]
				"""));

		assertThat(read.problems()).isEmpty();
		assertThat(read.focusAreas().get(0).goals()).extracting(GoalDocument::indicators)
			.containsExactly(null, List.of(), null);
	}

	@Test
	void whatThePreparedFormHoldsIsReadBackAsItWas() throws Exception {
		IndicatorDocument full = new IndicatorDocument("Sygefravær", IndicatorUnit.PERCENT,
				IndicatorDirection.LOWER_IS_BETTER, new BigDecimal("6.50"), LocalDate.of(2051, 12, 31),
				new BigDecimal("-1234567890123.1234"), LocalDate.of(2052, 12, 31), new BigDecimal("10"),
				IndicatorReporter.CENTRAL, "FRAV1", "OMRÅDE=316",
				List.of(new MilestoneDocument(LocalDate.of(2052, 6, 30), new BigDecimal("5.75"))));
		IndicatorDocument bare = new IndicatorDocument("Kurser", IndicatorUnit.COUNT, IndicatorDirection.HIGHER_IS_BETTER,
				null, null, new BigDecimal("12"), null, null, IndicatorReporter.UNITS, null, null, null);
		FocusAreaDocument area = new FocusAreaDocument("Trivsel", null, null, "karen",
				List.of(new GoalDocument("Mindre fravær", null, null, null, List.of(full, bare)),
						new GoalDocument("Ingen indikatorer", null, null, null, null)));

		DraftRows.Read read = rows.read(json.valueToTree(List.of(PrepareDraftForm.row(area))));

		assertThat(read.problems()).isEmpty();
		List<GoalDocument> goals = read.focusAreas().get(0).goals();
		assertThat(goals.get(0).indicators()).usingRecursiveFieldByFieldElementComparator(
				org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
					.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
					.build())
			.containsExactly(full, bare);
		assertThat(goals.get(1).indicators()).as("a goal without indicators is handed an empty list, and gets one back")
			.isEmpty();
	}

	@Test
	void everyIndicatorProblemNamesItsFocusAreaGoalAndIndicator() throws Exception {
		DraftRows.Read read = rows.read(tree("""
				[ { "title": "Trivsel", "goals": [ { "description": "Mindre fravær" },
				    { "description": "Flere i job", "indicators": [
				      { "name": "", "unit": "", "direction": "", "targetValue": "" , "baselineValue": "4,5" },
				      { "name": "Ledige", "unit": "PROCENT", "direction": "HIGHER_IS_BETTER", "targetValue": "fem",
				        "baselineDate": "31-12-2051", "yellowTolerancePercent": "150", "reporter": "ALLE" } ] } ] },
				  { "title": "Grøn omstilling", "goals": [ { "description": "", "indicators": [
				      { "name": "Km", "unit": "COUNT", "direction": "LOWER_IS_BETTER", "targetValue": "1,23456" } ] } ] } ]
				"""));

		assertThat(read.problems()).containsExactly(
				"Indsatsområde 1, mål 2, indikator 1: Indikatorens navn skal udfyldes.",
				"Indsatsområde 1, mål 2, indikator 1: Vælg indikatorens enhed (%, antal, kr., dage eller andet).",
				"Indsatsområde 1, mål 2, indikator 1: Vælg om højere eller lavere er bedre.",
				"Indsatsområde 1, mål 2, indikator 1: Målværdi skal udfyldes.",
				"Indsatsområde 1, mål 2, indikator 2: Enhed skal være en af formularens valgmuligheder, ikke \"PROCENT\".",
				"Indsatsområde 1, mål 2, indikator 2: Hvem indberetter skal være en af formularens valgmuligheder, ikke \"ALLE\".",
				"Indsatsområde 1, mål 2, indikator 2: Målværdi skal være et tal med højst 13 cifre før og 4 efter kommaet (fx 4,5), ikke \"fem\".",
				"Indsatsområde 1, mål 2, indikator 2: Tolerancen for gul skal være mellem 0 og 100 procent.",
				"Indsatsområde 1, mål 2, indikator 2: Udgangspunktets dato skal være en dato (dd.mm.åååå), ikke \"31-12-2051\".",
				"Indsatsområde 2, mål 1, indikator 1: Målværdi skal være et tal med højst 13 cifre før og 4 efter kommaet (fx 4,5), ikke \"1,23456\".",
				"Indsatsområde 2, mål 1: Beskrivelse skal udfyldes.");
	}

	@Test
	void hostileIndicatorsAreRefusedWithoutReadingThemAll() throws Exception {
		StringBuilder many = new StringBuilder("[");
		for (int i = 0; i < 10_000; i++) {
			many.append(i > 0 ? "," : "").append("{\"name\": \"x\", \"unit\": \"COUNT\"}");
		}
		String huge = "9".repeat(1_000_000);
		DraftRows.Read read = rows.read(tree("""
				[ { "title": "Trivsel", "goals": [
				    { "description": "Mange", "indicators": %s] },
				    { "description": "Indlejret", "indicators": [
				      { "name": "Fravær", "unit": "PERCENT", "direction": "LOWER_IS_BETTER",
				        "targetValue": { "value": 5, "nested": { "deeper": [1, 2] } }, "baselineValue": [1] } ] },
				    { "description": "Kæmpe", "indicators": [
				      { "name": "%s", "unit": "PERCENT", "direction": "LOWER_IS_BETTER", "targetValue": "%s",
				        "statbankSelection": "%s" } ] },
				    { "description": "Ikke en liste", "indicators": { "name": "Fravær" } },
				    { "description": "Ikke rækker", "indicators": [ "Fravær", 5 ] },
				    { "description": "Delmål", "indicators": [ { "name": "Fravær", "unit": "PERCENT",
				      "direction": "LOWER_IS_BETTER", "targetValue": "5", "milestones": { "dueDate": "2052-01-01" } } ] } ] } ]
				""".formatted(many, "n".repeat(1_000_000), huge, "s".repeat(1_001))));

		assertThat(read.problems()).containsExactly(
				"Indsatsområde 1, mål 1: Et mål kan højst have 5 indikatorer.",
				"Indsatsområde 1, mål 2, indikator 1: Udgangspunkt kunne ikke læses. Genindlæs opgaven, og prøv igen.",
				"Indsatsområde 1, mål 2, indikator 1: Målværdi kunne ikke læses. Genindlæs opgaven, og prøv igen.",
				"Indsatsområde 1, mål 3, indikator 1: Indikatorens navn må højst være 300 tegn.",
				"Indsatsområde 1, mål 3, indikator 1: Målværdi skal være et tal med højst 13 cifre før og 4 efter kommaet (fx 4,5), ikke \""
						+ "9".repeat(40) + "…\".",
				"Indsatsområde 1, mål 3, indikator 1: Statistikbankens udvalg må højst være 1000 tegn.",
				"Indsatsområde 1, mål 4: Indikatorerne kunne ikke læses. Genindlæs opgaven, og prøv igen.",
				"Indsatsområde 1, mål 5, indikator 1: Indikatoren kunne ikke læses. Genindlæs opgaven, og prøv igen.",
				"Indsatsområde 1, mål 5, indikator 2: Indikatoren kunne ikke læses. Genindlæs opgaven, og prøv igen.",
				"Indsatsområde 1, mål 6, indikator 1: Delmålene kunne ikke læses. Genindlæs opgaven, og prøv igen.");
	}

}
