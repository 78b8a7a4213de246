package dk.aarshjul.overview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.system.Browser;
import dk.aarshjul.system.H2Test;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The municipality's wheel in Chromium with two plans' cycles in different phases (one translating,
 * one being drafted, on different dates): every deadline and meeting of both is a labelled mark on
 * its date and ring, the table below lists the same dates, axe-core finds nothing at 1400 and 390 px,
 * a mark takes the keyboard's focus and opens its plan, and the printed wheel is one A4 page. The
 * plan page draws the same picture for its plan, and its matrix says "afventer" before translation.
 * Screenshots and the printed PDF: {@code target/screenshots/wheel/}.
 */
@H2Test
class WheelBrowserTests {

	private static final String AXE = "classpath*:META-INF/resources/webjars/axe-core/*/axe.min.js";

	private static final int YEAR = 2084;

	private static final String TRANSLATING = "HJUL-OVERSAET";

	private static final String DRAFTING = "HJUL-UDKAST";

	@LocalServerPort
	int port;

	@Autowired
	CycleDriver cycle;

	@Autowired
	StrategyCycleRepository cycles;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	StrategyPlanRepository plans;

	private String axe;

	/** A date of a cycle as the wheel must show it: day, ring, what. */
	private record Expected(LocalDate date, String ring, String what, String plan) {
	}

	@BeforeEach
	void twoPlansInDifferentPhases() throws IOException {
		if (cycles.findByBusinessKey(TRANSLATING + "-" + YEAR).isEmpty()) {
			importPlan(TRANSLATING, "Årshjulsplan i oversættelse");
			importPlan(DRAFTING, "Årshjulsplan i udkast");
			cycle.untilTranslation(TRANSLATING, TRANSLATING + "-" + YEAR, YEAR, List.of("sundhed", "job"));
			cycle.start("olivia", draftingCalendar());
		}
		Resource[] found = new PathMatchingResourcePatternResolver().getResources(AXE);
		try (InputStream source = found[0].getInputStream()) {
			axe = new String(source.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void everyDeadlineAndMeetingOfTwoPlansIsALabelledMarkOnItsDateAndTheTableListsTheSame() throws Exception {
		List<Expected> expected = expected();
		try (Browser browser = Browser.open("wheel")) {
			browser.signIn(url("/login"), "olivia");
			for (int width : new int[] { 1400, 390 }) {
				browser.resize(width, 1000);
				browser.go(url("/aarshjul?visning=aar&aar=" + YEAR));
				browser.waitFor(By.cssSelector("svg.wheel"));
				browser.screenshot("wheel-" + width);
				browser.script("document.querySelector('svg.wheel').scrollIntoView();");
				browser.screenshot("wheel-picture-" + width);
				browser.script("document.querySelector('.wheel-table').scrollIntoView();");
				browser.screenshot("wheel-table-" + width);
				assertThat(violations(browser)).as("the wheel at %d px", width).isEmpty();
			}
			List<String> marks = marks(browser);
			List<String> rows = rows(browser);
			for (Expected date : expected) {
				String day = YearWheel.DAY.format(date.date());
				assertThat(marks).as("a mark for %s", date)
					.anyMatch(mark -> mark.startsWith(date.date() + "|" + date.ring() + "|" + day + "|")
							&& mark.contains(date.what() + ": " + date.plan()));
				assertThat(rows).as("a row for %s", date)
					.contains(date.date() + "|" + YearWheel.DAY_AND_YEAR.format(date.date()) + "|" + date.what() + "|"
							+ date.plan());
			}
			assertThat(browser.text(By.cssSelector(".wheel-key"))).contains("Årshjulsplan i oversættelse " + YEAR)
				.contains("fase: Oversættelse i enhederne")
				.contains("Årshjulsplan i udkast " + YEAR)
				.contains("fase: Udkast");

			browser.resize(1400, 1000);
			browser.script("document.querySelector('a.mark[data-date=\"" + YEAR + "-03-13\"]').focus();");
			assertThat(browser.focused().getAttribute("aria-label")).as("a mark takes the keyboard's focus")
				.contains("Byrådets møde: Årshjulsplan i udkast " + YEAR);
			browser.screenshot("mark-focused");

			byte[] pdf = browser.printA4Landscape("printed");
			try (PDDocument printed = Loader.loadPDF(pdf)) {
				BufferedImage page = new PDFRenderer(printed).renderImageWithDPI(0, 60);
				ImageIO.write(page, "png", browser.screenshots().resolve("printed-page-1.png").toFile());
				assertThat(printed.getNumberOfPages()).as("the printed wheel fits one A4 page").isEqualTo(1);
			}

			browser.script("document.querySelector('a.mark[data-date=\"" + YEAR + "-03-13\"]').dispatchEvent(new MouseEvent('click', {bubbles: true}));");
			browser.waitFor(By.cssSelector("main.cycle"));
			assertThat(browser.text(By.tagName("h1"))).as("the mark opens its plan")
				.isEqualTo("Årshjulsplan i udkast " + YEAR);

			browser.go(url("/aarshjul?visning=aar&aar=" + YEAR + "&plan=" + DRAFTING + "&organ=byraad"));
			browser.waitFor(By.cssSelector("svg.wheel"));
			assertThat(marks(browser)).as("one plan, one ring").singleElement()
				.satisfies(mark -> assertThat(mark).startsWith(YEAR + "-03-13|byraad|13. mar.|"));
			browser.screenshot("wheel-filtered");
		}
	}

	@Test
	void thePlanPageDrawsTheSameWheelForItsPlanAndItsMatrixAwaitsTranslation() throws Exception {
		try (Browser browser = Browser.open("wheel-plan")) {
			browser.signIn(url("/login"), "olivia");
			for (int width : new int[] { 1400, 390 }) {
				browser.resize(width, 1000);
				browser.go(url("/aarshjul/" + DRAFTING + "-" + YEAR));
				browser.waitFor(By.cssSelector("svg.wheel"));
				browser.screenshot("drafting-plan-" + width);
				browser.script("document.querySelector('#matrix-heading').scrollIntoView();");
				browser.screenshot("drafting-matrix-" + width);
				assertThat(violations(browser)).as("the plan page at %d px", width).isEmpty();
			}
			List<String> marks = marks(browser);
			for (Expected date : expected()) {
				if (date.plan().startsWith("Årshjulsplan i udkast")) {
					assertThat(marks).as("a mark for %s", date)
						.anyMatch(mark -> mark.startsWith(date.date() + "|" + date.ring() + "|"
								+ YearWheel.DAY.format(date.date()) + "|"));
				}
			}
			assertThat(marks).as("only its own plan").noneMatch(mark -> mark.contains("i oversættelse"));
			assertThat(rows(browser)).as("the table has a row for each mark").hasSameSizeAs(marks);
			String matrix = browser.text(By.cssSelector("table.matrix"));
			assertThat(matrix).as("before translation the units wait").contains("afventer").doesNotContain("mangler");
			assertThat(browser.script("return document.querySelector('table.matrix td').getAttribute('data-label');"))
				.as("each answer carries its column's name").isEqualTo(browser.script(
						"return document.querySelector('table.matrix thead th:nth-child(2)').textContent;"));
			assertThat(browser.script("return getComputedStyle(document.querySelector('table.matrix td'), '::before').content;"))
				.as("at 390 px the column's name is shown before each answer").isNotEqualTo("none");

			browser.resize(390, 1000);
			browser.go(url("/aarshjul/" + TRANSLATING + "-" + YEAR));
			browser.waitFor(By.cssSelector("svg.wheel"));
			browser.script("document.querySelector('#matrix-heading').scrollIntoView();");
			browser.screenshot("translating-matrix-390");
		}
	}

	private List<Expected> expected() {
		String translating = "Årshjulsplan i oversættelse " + YEAR;
		String drafting = "Årshjulsplan i udkast " + YEAR;
		List<Expected> dates = new ArrayList<>();
		dates.add(new Expected(LocalDate.of(YEAR, 1, 15), "direktion", "Frist for udkast", translating));
		dates.add(new Expected(LocalDate.of(YEAR, 2, 1), "hovedudvalg", "Høringsfrist", translating));
		dates.add(new Expected(LocalDate.of(YEAR, 2, 20), "oekonomiudvalg", "Økonomiudvalgets møde", translating));
		dates.add(new Expected(LocalDate.of(YEAR, 2, 27), "byraad", "Byrådets møde", translating));
		dates.add(new Expected(LocalDate.of(YEAR, 4, 30), "enheder", "Frist for oversættelse", translating));
		dates.add(new Expected(LocalDate.of(YEAR, 6, 30), "enheder", "Opfølgning", translating));
		dates.add(new Expected(LocalDate.of(YEAR, 12, 31), "direktion", "Evaluering", translating));
		dates.add(new Expected(LocalDate.of(YEAR, 1, 29), "direktion", "Frist for udkast", drafting));
		dates.add(new Expected(LocalDate.of(YEAR, 2, 15), "hovedudvalg", "Høringsfrist", drafting));
		dates.add(new Expected(LocalDate.of(YEAR, 3, 6), "oekonomiudvalg", "Økonomiudvalgets møde", drafting));
		dates.add(new Expected(LocalDate.of(YEAR, 3, 13), "byraad", "Byrådets møde", drafting));
		dates.add(new Expected(LocalDate.of(YEAR, 5, 15), "enheder", "Frist for oversættelse", drafting));
		dates.add(new Expected(LocalDate.of(YEAR, 8, 31), "enheder", "Opfølgning", drafting));
		dates.add(new Expected(LocalDate.of(YEAR, 12, 31), "direktion", "Evaluering", drafting));
		return dates;
	}

	private static Map<String, Object> draftingCalendar() {
		Map<String, Object> calendar = CycleDriver.calendar(DRAFTING, YEAR);
		calendar.put("draftingDeadline", YEAR + "-01-29");
		calendar.put("consultationDeadline", YEAR + "-02-15");
		calendar.put("financeCommitteeMeeting", YEAR + "-03-06");
		calendar.put("councilMeeting", YEAR + "-03-13");
		calendar.put("translationDeadline", YEAR + "-05-15");
		calendar.put("followUpDates", YEAR + "-08-31, " + YEAR + "-12-31");
		return calendar;
	}

	private void importPlan(String code, String title) {
		PlanDocument demo = transfer.export(plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId());
		transfer.importDocument(new PlanDocument(code, demo.municipality(), title, demo.introduction(), YEAR,
				demo.kind(), demo.periodFrom(), demo.periodTo(), demo.focusAreas()));
	}

	/** Each mark as "date|ring|its visible label|its name". */
	@SuppressWarnings("unchecked")
	private static List<String> marks(Browser browser) {
		return (List<String>) browser.script("""
				return [...document.querySelectorAll('svg.wheel a.mark')].map(a => a.getAttribute('data-date') + '|'
				  + a.getAttribute('data-ring') + '|' + a.querySelector('text.day').textContent + '|'
				  + a.getAttribute('aria-label'));
				""");
	}

	/** Each row of the table as "date|Danish date|what|plan". */
	@SuppressWarnings("unchecked")
	private static List<String> rows(Browser browser) {
		return (List<String>) browser.script("""
				return [...document.querySelectorAll('table.wheel-dates tbody tr')].map(tr => tr.getAttribute('data-date')
				  + '|' + tr.cells[0].textContent.trim() + '|' + tr.cells[2].textContent.trim() + '|'
				  + tr.cells[3].textContent.trim());
				""");
	}

	@SuppressWarnings("unchecked")
	private List<String> violations(Browser browser) {
		browser.script(axe);
		return (List<String>) browser.asyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(result => done(result.violations.map(v =>
				    v.id + ' (' + v.help + '): ' + v.nodes.map(node => node.target.join(' ')).join(', '))))
				  .catch(error => done(['axe failed: ' + error]));
				""");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
