package dk.aarshjul.tasklist;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.system.Browser;
import dk.aarshjul.system.H2Test;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date pickers a leader meets in Tasklist, in a Danish Chromium: the process owner starts a
 * cycle through the Camunda Form (form-js's flatpickr), typing and clicking dates in Danish order,
 * and the cycle gets those days; the board sets a task's follow-up date (Tasklist's own
 * angular-ui-bootstrap picker). Each calendar starts its weeks on Monday ("man"). The embedded
 * draft form's date field is the browser's own, in a Danish Chromium's order. Screenshots at
 * 1400 and 320 px: {@code target/screenshots/datepicker-*}.
 */
@H2Test
class DatePickerBrowserTests {

	private static final String PLAN = "DATOVAELGER";

	private static final int YEAR = 2064;

	private static final String KEY = PLAN + "-" + YEAR;

	private static final String DANISH_DATE = "\\d{2}\\.\\d{2}\\.\\d{4}";

	/** The board's browser's "now": a Thursday afternoon, whatever the wall clock says. */
	private static final Instant BOARD_NOW = LocalDate.of(YEAR, 1, 10).atTime(14, 5).atZone(WorkingTime.ZONE).toInstant();

	@LocalServerPort
	int port;

	@Autowired
	CycleDriver cycle;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void datesAreShownAndTypedInDanishOrderWithTheWeekFromMonday() throws Exception {
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "%s", "municipality": "Demo Kommune", "title": "Datovælgerne",
				  "year": %d, "kind": "ADMINISTRATIVE_STRATEGY", "periodFrom": "%d-01-01",
				  "focusAreas": [ { "title": "Kalenderen", "goals": [] } ] }
				""".formatted(PLAN, YEAR, YEAR).getBytes(StandardCharsets.UTF_8)));

		try (Browser owner = Browser.open("datepicker-start-form")) {
			owner.signInToTasklist("http://localhost:" + port, "olivia");
			owner.click(By.xpath("//a[contains(., 'Start proces')]"));
			owner.click(By.xpath("//a[contains(., 'Årshjul – strategiplanens år')]"));
			By drafting = field(owner, "Frist for udkastet");
			owner.type(field(owner, "Planens kode"), PLAN);
			owner.type(field(owner, "År"), String.valueOf(YEAR));
			assertThat(owner.waitFor(drafting).getAttribute("placeholder")).isEqualTo("dd.mm.åååå");

			typeDate(owner, drafting, "15.01." + YEAR);
			assertThat(owner.waitFor(drafting).getAttribute("value")).isEqualTo("15.01." + YEAR);
			// opened again, the calendar shows that January, Monday first, the 15th in its weekday's column
			owner.click(drafting);
			WebElement calendar = owner.waitFor(By.cssSelector(".flatpickr-calendar.open"));
			assertThat(weekdays(calendar, ".flatpickr-weekday")).startsWith("man", "tir", "ons")
				.endsWith("søn");
			assertThat(calendar.findElement(By.cssSelector(".flatpickr-monthDropdown-months")).getText())
				.contains("januar");
			assertThat(column(calendar, ".flatpickr-day", "selected"))
				.isEqualTo(LocalDate.of(YEAR, 1, 15).getDayOfWeek().getValue() - 1);
			shots(owner, "form-js-calendar", drafting);
			// a click in the calendar writes the day in Danish order
			owner.click(By.xpath("//div[contains(@class,'flatpickr-calendar') and contains(@class,'open')]"
					+ "//span[contains(@class,'flatpickr-day') and not(contains(@class,'Month')) and text()='16']"));
			assertThat(owner.waitFor(drafting).getAttribute("value")).isEqualTo("16.01." + YEAR);

			typeDate(owner, field(owner, "Høringsfrist for Hovedudvalget"), "1.2." + YEAR);
			typeDate(owner, field(owner, "Økonomiudvalgets møde"), "20.02." + YEAR);
			typeDate(owner, field(owner, "Byrådets møde"), "27.02." + YEAR);
			typeDate(owner, field(owner, "Frist for enhedernes oversættelse"), "30.04." + YEAR);
			owner.type(field(owner, "Opfølgningsdatoer"),
					YEAR + "-06-30, " + YEAR + "-12-31");
			typeDate(owner, field(owner, "Periodens afslutning"), "31.12." + YEAR);
			assertThat(owner.waitFor(field(owner, "Høringsfrist for Hovedudvalget")).getAttribute("value"))
				.as("typed without leading zeros, shown with them").isEqualTo("01.02." + YEAR);
			shots(owner, "form-js-filled", drafting);
			owner.click(By.xpath("//button[normalize-space(.)='Start']"));
			owner.waitForText(By.tagName("body"), "Processen er startet.");
		}
		Map<String, Object> started = jdbc.queryForMap("""
				select drafting_deadline, consultation_deadline, finance_committee_meeting, council_meeting,
				       translation_deadline, period_end from strategy_cycle where business_key = ?""", KEY);
		assertThat(started.values()).extracting(Object::toString)
			.containsExactly(YEAR + "-01-16", YEAR + "-02-01", YEAR + "-02-20", YEAR + "-02-27", YEAR + "-04-30",
					YEAR + "-12-31");

		Task draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, KEY);
		try (Browser board = Browser.open("datepicker-follow-up")) {
			board.clockAt(BOARD_NOW);
			board.signInToTasklist("http://localhost:" + port, "karen");
			board.go("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + draft.getId());
			board.click(By.xpath("//button[contains(., 'Tag opgaven')]"));
			board.click(By.xpath("//a[contains(., 'Sæt opfølgningsdato')]"));
			// Tasklist shows the picker in a popover of its own, outside the field
			WebElement picker = board.waitFor(By.cssSelector(".uib-daypicker"));
			assertThat(weekdays(picker, "thead tr:last-child th small")).startsWith("man", "tir", "ons")
				.endsWith("søn");
			String preview = board.text(By.cssSelector(".followup-date .preview"));
			assertThat(preview).matches(DANISH_DATE + " kl\\. \\d{2}:\\d{2}");
			// the browser's "today" is the day of the clock the test set, in Copenhagen (BrowserClockTests)
			LocalDate today = LocalDate.ofInstant(BOARD_NOW, WorkingTime.ZONE);
			assertThat(preview).startsWith("10.01." + YEAR);
			assertThat(column(picker, "td.uib-day", "active")).as("today's column, Monday first")
				.isEqualTo(today.getDayOfWeek().getValue() - 1);
			shots(board, "tasklist-calendar", By.cssSelector(".uib-daypicker"));

			// clicked in the page: after the resizes the popover's time arrows lie over Selenium's point
			board.script("arguments[0].click();", board.waitFor(
					By.xpath("//*[contains(@class,'btn-group')]/button[.//*[contains(@class,'glyphicon-ok')]]")));
			board.waitUntilGone(By.cssSelector(".uib-daypicker"));
			assertThat(followUpOf(draft)).isEqualTo(today);

			// the board's draft is an embedded form with the browser's own date field (draft-plan.html)
			board.click(By.cssSelector("#area-1 > .aarshjul-row-buttons .add-goal"));
			By due = By.id("area-1-goal-1-due");
			board.script("const field = document.getElementById('area-1-goal-1-due'); field.value = arguments[0];"
					+ " field.dispatchEvent(new Event('input', { bubbles: true }));", YEAR + "-06-30");
			// the browser draws that field itself, in its own language's order (shadow DOM, out of the
			// page's reach): the screenshot shows it; here, that this Chromium speaks Danish
			assertThat(board.script("return new Intl.DateTimeFormat().format(new Date(2064, 5, 30));"))
				.isEqualTo("30.6.2064");
			shots(board, "native-date-field", due);
		}
	}

	private LocalDate followUpOf(Task task) throws InterruptedException {
		// Tasklist saves the date by a request of its own once the popover has closed
		for (int attempt = 0; attempt < 50; attempt++) {
			java.util.Date followUp = tasks.createTaskQuery().taskId(task.getId()).singleResult().getFollowUpDate();
			if (followUp != null) {
				return LocalDate.ofInstant(followUp.toInstant(), WorkingTime.ZONE);
			}
			Thread.sleep(200);
		}
		return null;
	}

	/** form-js's input, found by its label as a person finds it. */
	private static By field(Browser browser, String label) {
		String id = browser.waitFor(By.xpath("//form//label[starts-with(normalize-space(.), '" + label + "')]"))
			.getAttribute("for");
		return By.id(id);
	}

	/** Types the date and leaves the field, as a person does; form-js reads the field on leaving. */
	private static void typeDate(Browser browser, By field, String date) {
		browser.type(field, date);
		browser.press(org.openqa.selenium.Keys.TAB);
	}

	private static List<String> weekdays(WebElement calendar, String selector) {
		return calendar.findElements(By.cssSelector(selector))
			.stream()
			.map(day -> day.getText().trim())
			.filter(text -> !text.isEmpty())
			.toList();
	}

	/** The weekday column (0 = the calendar's first) of the day cell that carries the class. */
	private static int column(WebElement calendar, String selector, String marked) {
		List<WebElement> days = calendar.findElements(By.cssSelector(selector));
		for (int i = 0; i < days.size(); i++) {
			String classes = days.get(i).getAttribute("class") + " "
					+ String.join(" ", days.get(i).findElements(By.cssSelector("*")).stream()
						.map(inner -> inner.getAttribute("class")).toList());
			if ((" " + classes + " ").contains(" " + marked + " ")) {
				return i % 7;
			}
		}
		throw new AssertionError("no day marked " + marked);
	}

	/** The step at a desk's width and at a phone's, with {@code at} in view. */
	private static void shots(Browser browser, String step, By at) throws Exception {
		for (int width : new int[] { 1400, 320 }) {
			browser.resize(width, 1000);
			browser.script("arguments[0].scrollIntoView({block: 'center'});", browser.waitFor(at));
			browser.screenshot(step + "-" + width);
		}
		browser.resize(1400, 1000);
	}

}
