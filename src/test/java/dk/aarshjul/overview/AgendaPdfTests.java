package dk.aarshjul.overview;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.system.H2Test;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The agenda PDF read back as a committee secretary would file it: the meeting date on the
 * front page, "Side x af y" on every page, and no goal or table row split across two pages —
 * for a plan with 12 focus areas translated by 10 units.
 */
@H2Test
class AgendaPdfTests {


	@Autowired
	MockMvc mvc;

	@Autowired
	CycleDriver cycle;

	@Autowired
	PlanTransfer transfer;

	@AfterEach
	void resetClock() {
		cycle.resetClock();
	}

	@Test
	void twelveFocusAreasPrintWithPageNumbersTheMeetingDateAndNoSplitRows() throws Exception {
		cycle.moveClockTo(LocalDate.of(2026, 12, 1));
		String areas = IntStream.rangeClosed(1, 12)
			.mapToObj(area -> """
					{ "title": "Indsatsområde %d", "goals": [ %s ] }""".formatted(area, IntStream.rangeClosed(1, 3)
				.mapToObj(goal -> "{ \"description\": \"%s\" }".formatted(goal(area, goal)))
				.collect(Collectors.joining(", "))))
			.collect(Collectors.joining(", "));
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "AGENDA-TOLV", "municipality": "Demo Kommune", "title": "Tolv områder",
				  "year": 2055, "kind": "ADMINISTRATIVE_STRATEGY", "periodFrom": "2055-01-01", "focusAreas": [ %s ] }
				""".formatted(areas).getBytes(StandardCharsets.UTF_8)));
		// the agenda goes to Økonomiudvalget once the plan has been through the hearing
		cycle.start("olivia", CycleDriver.calendar("AGENDA-TOLV", 2055));
		cycle.throughConsultation("AGENDA-TOLV-2055");

		byte[] pdf = mvc.perform(get("/aarshjul/AGENDA-TOLV-2055/dagsorden.pdf").with(httpBasic("olivia", "demo")))
			.andReturn().getResponse().getContentAsByteArray();
		List<String> pages = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper text = new PDFTextStripper();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				text.setStartPage(page);
				text.setEndPage(page);
				pages.add(text.getText(document).replaceAll("\\s+", " "));
			}
		}
		assertThat(pages).hasSizeGreaterThan(2);
		assertThat(pages.get(0)).contains("Økonomiudvalgets møde den 20.02.2055");
		for (int page = 1; page <= pages.size(); page++) {
			assertThat(pages.get(page - 1)).as("page %d", page).contains("Side " + page + " af " + pages.size());
		}
		for (int area = 1; area <= 12; area++) {
			for (int goal = 1; goal <= 3; goal++) {
				String whole = goal(area, goal);
				assertThat(pages.stream().filter(page -> page.contains(whole)).count())
					.as("goal %d.%d whole on one page", area, goal).isOne();
			}
		}
	}

	@Test
	void eachGoalPrintsWithItsMeasureTargetAndDueDate() throws Exception {
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "AGENDA-MAAL", "municipality": "Demo Kommune", "title": "Mål med mål",
				  "year": 2056, "kind": "ADMINISTRATIVE_STRATEGY", "periodFrom": "2056-01-01", "focusAreas": [
				    { "title": "Børn og unges trivsel", "goals": [
				      { "description": "Færre elever føler sig ensomme", "measure": "Trivselsmålingen", "target": "Under 5 %", "dueDate": "2056-12-31" },
				      { "description": "Flere går i skole hver dag", "measure": "Fraværsstatistik", "target": "Fravær under 4 %", "dueDate": "2057-06-30" } ] },
				    { "title": "Grøn omstilling", "goals": [ { "description": "Kommunens biler kører på strøm" } ] } ] }
				""".getBytes(StandardCharsets.UTF_8)));
		cycle.start("olivia", CycleDriver.calendar("AGENDA-MAAL", 2056));
		cycle.throughConsultation("AGENDA-MAAL-2056");

		byte[] pdf = mvc.perform(get("/aarshjul/AGENDA-MAAL-2056/dagsorden.pdf").with(httpBasic("olivia", "demo")))
			.andReturn().getResponse().getContentAsByteArray();
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		assertThat(text).contains("Færre elever føler sig ensomme Måles ved: Trivselsmålingen · Målsætning: Under 5 % · Frist: 31.12.2056")
			.contains("Flere går i skole hver dag Måles ved: Fraværsstatistik · Målsætning: Fravær under 4 % · Frist: 30.06.2057")
			// a goal without them prints as it is, without empty labels
			.contains("Kommunens biler kører på strøm")
			.doesNotContain("Kommunens biler kører på strøm Måles ved");
	}

	/** Long enough to wrap, so that a goal cut by a page break would be found on no page whole. */
	private static String goal(int area, int goal) {
		return "Mål %d.%d: flere borgere oplever en sammenhængende indsats på tværs af kerneområderne, målt hvert halve år"
			.formatted(area, goal);
	}

}
