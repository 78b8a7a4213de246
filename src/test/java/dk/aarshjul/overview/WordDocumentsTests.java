package dk.aarshjul.overview;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static dk.aarshjul.overview.OverviewPagesTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan and a unit's plan as Word documents, read back with Apache POI: Word's own heading
 * styles, the focus areas in priority order, the goals in a table in their order, the directors by
 * name, the municipality's name from the organisation file, Danish letters intact; and only for
 * those who may see the plan.
 */
@H2Test
class WordDocumentsTests {

	/** A plan of its own, whose municipality field differs from the organisation's name. */
	private static final String PLAN = """
			{ "code": "WORD-PLAN", "municipality": "Planfilens Kommune", "title": "Fællesskab på tværs – Årsplan",
			  "introduction": "Planen for året.", "year": 2028, "kind": "ADMINISTRATIVE_STRATEGY",
			  "periodFrom": "2028-01-01", "periodTo": "2029-12-31",
			  "focusAreas": [
			    { "title": "Børn og unges trivsel", "strategy": "Vi styrker trivslen.", "specialForYear": "Særlig indsats i år.",
			      "responsibleDirector": "karen",
			      "goals": [
			        { "description": "Færre elever føler sig ensomme", "measure": "Trivselsmålingen", "target": "Under 5 %", "dueDate": "2028-12-31" },
			        { "description": "Flere går i skole hver dag", "measure": "Fraværsstatistik", "target": "Fravær under 4 %", "dueDate": "2029-06-30",
			          "indicators": [
			            { "name": "Elevfravær", "unit": "PERCENT", "direction": "LOWER_IS_BETTER", "baselineValue": 6.2,
			              "baselineDate": "2025-12-31", "targetValue": 4, "targetDate": "2029-12-31", "reporter": "BOTH" },
			            { "name": "Elever i trivsel", "unit": "PERCENT", "direction": "HIGHER_IS_BETTER", "targetValue": 90,
			              "reporter": "CENTRAL" } ] } ] },
			    { "title": "Grøn omstilling", "strategy": "Mindre CO₂.", "responsibleDirector": "mikkel",
			      "goals": [ { "description": "Kommunens biler kører på strøm", "measure": "Andel elbiler", "target": "Alle", "dueDate": "2029-12-31" } ] },
			    { "title": "Ældre i eget hjem", "responsibleDirector": "sofie", "goals": [] } ] }
			""";

	private static final String KEY = "WORD-PLAN-2028";

	/**
	 * The pupils' absence as noted: the municipality's twice (4,3 is within 10 % of "at most 4":
	 * yellow), one unit's once (green). Nothing for the pupils' well-being.
	 */
	private static final String VALUES = """
			indikator;enhed;dato;værdi;kilde
			Elevfravær;;31.03.2026;5,8;Fraværsstatistik
			Elevfravær;;30.06.2026;4,3;Fraværsstatistik
			Elevfravær;sundhed;30.06.2026;3,9;Skolesystemet
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	CycleDriver cycle;

	@Autowired
	StrategyCycleRepository cycles;

	@BeforeEach
	void aPlanWithAUnitPlan() throws Exception {
		if (cycles.findByBusinessKey(KEY).isEmpty()) {
			String plan = mvc.perform(as(post("/api/plans"), "olivia", "procesejer").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(PLAN)).andExpect(status().isCreated())
				.andReturn().getResponse().getHeader("Location");
			mvc.perform(as(post(plan + "/indicator-values"), "olivia", "procesejer").with(csrf())
				.contentType("text/csv")
				.content(VALUES)).andExpect(status().isCreated());
			// job translates the plan too, but writes nothing
			cycle.untilTranslation("WORD-PLAN", KEY, 2028, List.of("sundhed", "job"));
			String chief = cycle.chiefOf("sundhed");
			Task write = cycle.taskFor(chief, UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, KEY + "-sundhed");
			Map<String, Object> answers = cycle.answerRows(write, "focusArea", row -> row == 3
					? Map.of("action", "", "notApplicable", true, "reason", "Området hører under en anden enhed.")
					: Map.of("action", "Sundhed og Omsorg åbner værestederne for ældre.", "notApplicable", false));
			UnitTranslationProcess.Variables.LOCAL_MED_DISCUSSES.put(answers, false);
			cycle.complete(chief, write, answers);
		}
	}

	@Test
	void thePlanReadsBackWithHeadingsGoalsInOrderDirectorsAndTheMunicipality() throws Exception {
		byte[] docx = mvc.perform(as(get("/aarshjul/" + KEY + "/plan.docx"), "olivia", "procesejer"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(WordDownloads.DOCX))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(document.getStyles().getStyle(WordDocuments.HEADING_1).getName())
				.as("Word's own heading style").isEqualTo("heading 1");
			assertThat(styled(document, WordDocuments.TITLE)).containsExactly("Fællesskab på tværs – Årsplan 2028");
			assertThat(styled(document, WordDocuments.HEADING_1)).containsExactly("1. Børn og unges trivsel",
					"2. Grøn omstilling", "3. Ældre i eget hjem");
			String text = text(document);
			assertThat(text).contains("Demo Kommune").doesNotContain("Planfilens Kommune")
				.contains("Ansvarlig direktør: Karen Dahl", "Ansvarlig direktør: Mikkel Storm", "Ansvarlig direktør: Sofie Lind")
				.contains("Mindre CO₂.", "Særlig indsats i år.");

			List<XWPFTable> tables = document.getTables();
			assertThat(tables).as("a goal table for each focus area with goals, and one for the goal with indicators")
				.hasSize(3);
			assertThat(cells(tables.get(0).getRow(0))).containsExactly("Mål", "Måles ved", "Målsætning", "Frist");
			assertThat(cells(tables.get(0).getRow(1)))
				.containsExactly("Færre elever føler sig ensomme", "Trivselsmålingen", "Under 5 %", "31.12.2028");
			assertThat(cells(tables.get(0).getRow(2)).get(0)).isEqualTo("Flere går i skole hver dag");
			assertThat(cells(tables.get(2).getRow(1)).get(0)).isEqualTo("Kommunens biler kører på strøm");
			assertThat(text).contains("Ingen mål.");
			assertThat(text).as("only the goal with indicators has their table")
				.contains("Indikatorer for målet: Flere går i skole hver dag")
				.doesNotContain("Indikatorer for målet: Færre elever føler sig ensomme")
				.doesNotContain("Indikatorer for målet: Kommunens biler kører på strøm");
			assertThat(tables.get(0).getRow(2).getCell(0).getText()).isEqualTo("Flere går i skole hver dag");
		}
	}

	@Test
	void aGoalsIndicatorsReadBackWithTargetNotedValuesTheirLightsAndThePath() throws Exception {
		byte[] docx = mvc.perform(as(get("/aarshjul/" + KEY + "/plan.docx"), "olivia", "procesejer"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			XWPFTable indicators = document.getTables().get(1);
			assertThat(cells(indicators.getRow(0))).containsExactly("Indikator", "Måleenhed", "Retning", "Udgangspunkt",
					"Mål", "Seneste værdi", "Udvikling");
			assertThat(indicators.getRow(0).isRepeatHeader()).isTrue();
			assertThat(indicators.getRows()).hasSize(3);
			assertThat(cells(indicators.getRow(1))).containsExactly("Elevfravær", "%", "lavere er bedre",
					"6,2\u00A0% (31.12.2025)", "4\u00A0% (31.12.2029)",
					"Hele kommunen: 4,3\u00A0% (30.06.2026, gul)\nKerneområde Sundhed og Omsorg: 3,9\u00A0% (30.06.2026, grøn)",
					"Hele kommunen: 5,8 (31.03.2026) → 4,3 (30.06.2026)\nKerneområde Sundhed og Omsorg: 3,9 (30.06.2026)");
			// no value noted, none shown: no baseline, no light, no path (a figure and its unit never part)
			assertThat(cells(indicators.getRow(2))).containsExactly("Elever i trivsel", "%", "højere er bedre", "–",
					"90\u00A0%", "Ingen værdier noteret endnu", "–");
		}
		byte[] unitPlan = mvc.perform(as(get("/aarshjul/" + KEY + "/handleplan/sundhed.docx"), "olivia", "procesejer"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(unitPlan))) {
			assertThat(document.getTables()).as("the unit's plan shows the goal's indicators too")
				.anySatisfy(table -> assertThat(cells(table.getRow(1))).startsWith("Elevfravær", "%", "lavere er bedre"));
		}
	}

	@Test
	void aUnitsPlanReadsBackWithWhatTheUnitDoesPerFocusArea() throws Exception {
		mvc.perform(as(get("/aarshjul/" + KEY), "olivia", "procesejer"))
			.andExpect(content().string(containsString("/aarshjul/" + KEY + "/plan.docx")))
			.andExpect(content().string(containsString("/aarshjul/" + KEY + "/handleplan/sundhed.docx")));
		byte[] docx = mvc.perform(as(get("/aarshjul/" + KEY + "/handleplan/sundhed.docx"), "olivia", "procesejer"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(styled(document, WordDocuments.TITLE)).containsExactly("Handleplan – Kerneområde Sundhed og Omsorg");
			assertThat(styled(document, WordDocuments.HEADING_1)).containsExactly("1. Børn og unges trivsel",
					"2. Grøn omstilling", "3. Ældre i eget hjem");
			assertThat(text(document)).contains("Demo Kommune", "Sundhed og Omsorg åbner værestederne for ældre.",
					"Ikke relevant: Området hører under en anden enhed.", "Handleplanens status: afleveret");
			// the plan's goals with how they are measured, the target and the due date, beside the unit's answer
			assertThat(document.getTables()).isNotEmpty();
			assertThat(cells(document.getTables().get(0).getRow(0))).containsExactly("Mål", "Måles ved", "Målsætning", "Frist");
			assertThat(cells(document.getTables().get(0).getRow(1)))
				.containsExactly("Færre elever føler sig ensomme", "Trivselsmålingen", "Under 5 %", "31.12.2028");
		}
	}

	@Test
	void unitWordDocumentsAreOfferedOnlyForUnitsThatWroteTheirPlan() throws Exception {
		String page = mvc.perform(as(get("/aarshjul/" + KEY), "olivia", "procesejer"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("/aarshjul/" + KEY + "/handleplan/sundhed.docx")
			.as("job translates the plan but has written nothing").doesNotContain("/handleplan/job.docx");
		mvc.perform(as(get("/aarshjul/" + KEY + "/handleplan/job.docx"), "olivia", "procesejer"))
			.andExpect(status().isNotFound());
		mvc.perform(as(get("/aarshjul/" + KEY + "/handleplan/vaekst.docx"), "olivia", "procesejer"))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyThoseWhoMaySeeThePlanGetItsDocuments() throws Exception {
		// to one who may not see the plan, as if it did not exist
		mvc.perform(as(get("/aarshjul/" + KEY + "/plan.docx"), "lene", "unit-vaekst-leaders"))
			.andExpect(status().isNotFound());
		mvc.perform(as(get("/aarshjul/" + KEY + "/handleplan/sundhed.docx"), "lene", "unit-vaekst-leaders"))
			.andExpect(status().isNotFound());
		// the sundhed leader whose unit translates the plan may
		mvc.perform(as(get("/aarshjul/" + KEY + "/handleplan/sundhed.docx"), "gustav", "unit-sundhed-leaders"))
			.andExpect(status().isOk());
		mvc.perform(get("/aarshjul/" + KEY + "/plan.docx")).andExpect(status().isUnauthorized());
	}

	private static List<String> styled(XWPFDocument document, String style) {
		return document.getParagraphs().stream()
			.filter(paragraph -> style.equals(paragraph.getStyle()))
			.map(XWPFParagraph::getText)
			.toList();
	}

	private static String text(XWPFDocument document) {
		return String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
	}

	private static List<String> cells(XWPFTableRow row) {
		return row.getTableCells().stream().map(cell -> cell.getText()).toList();
	}

}
