package dk.aarshjul.tasklist;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.aarshjul.approval.DecisionOutcome;
import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleProcess;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.organisation.ExecutiveBoard;
import dk.aarshjul.plan.FocusArea;
import dk.aarshjul.plan.Goal;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.system.Browser;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data-heavy tasks through their embedded forms in the real Tasklist: the board writes a plan
 * of three focus areas and five goals as rows, choosing the responsible directors by name, and
 * moves a focus area down; a chief hands in the unit plan (one focus area not relevant, with a
 * reason); a second review starts with nothing chosen and shows last round's reason; the chief
 * reports status. Screenshots of each step at 1400 and 320 px: {@code target/screenshots/plan-entry-*}.
 */
@H2Test
class PlanEntryBrowserTests {

	private static final String PLAN = "FORMULAR-RAEKKER";

	private static final int YEAR = 2052;

	private static final String KEY = PLAN + "-" + YEAR;

	@LocalServerPort
	int port;

	@Autowired
	CycleDriver cycle;

	@Autowired
	TaskService tasks;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	StrategyPlanRepository plans;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ExecutiveBoard board;

	@AfterEach
	void backToRealTime() {
		cycle.resetClock();
	}

	@Test
	void planUnitPlanReviewAndStatusThroughTheEmbeddedForms() throws Exception {
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "%s", "municipality": "Demo Kommune", "title": "Rækker i formularen",
				  "year": %d, "kind": "ADMINISTRATIVE_STRATEGY", "periodFrom": "%d-01-01",
				  "focusAreas": [ { "title": "Midlertidigt", "goals": [] } ] }
				""".formatted(PLAN, YEAR, YEAR).getBytes(StandardCharsets.UTF_8)));
		cycle.start("olivia", CycleDriver.calendar(PLAN, YEAR));
		Task draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, KEY);

		try (Browser desk = Browser.open("plan-entry-board")) {
			desk.signInToTasklist("http://localhost:" + port, "karen");
			openAndClaim(desk, draft);
			desk.waitFor(By.id("area-1-title"));
			desk.type(By.id("area-1-title"), "Trivsel <b>fed</b>");
			new Select(desk.waitFor(By.id("area-1-director"))).selectByVisibleText("Mikkel Storm");
			goal(desk, 1, 1, "Mindre sygefravær", "Sygefravær i procent", "Højst 5 %", "2052-12-31");
			goal(desk, 1, 2, "Flere trivselsmålinger", "", "", "");
			desk.click(By.cssSelector("button.add-area"));
			desk.type(By.id("area-2-title"), "Grøn omstilling");
			new Select(desk.waitFor(By.id("area-2-director"))).selectByVisibleText(directorName("sofie"));
			goal(desk, 2, 1, "Færre kørte kilometer", "Km i kørebog", "-10 %", "2052-06-30");
			goal(desk, 2, 2, "LED i alle bygninger", "", "Alle", "");
			desk.click(By.cssSelector("button.add-area"));
			desk.type(By.id("area-3-title"), "Digitalisering");
			goal(desk, 3, 1, "Selvbetjening først", "", "", "2052-09-30");
			shots(desk, "draft-written", By.id("area-1"));

			// priority matters: Grøn omstilling is moved up above Trivsel
			// clicked in the page (Selenium's pointer lands on a neighbour while Tasklist's pane still scrolls)
			desk.script("arguments[0].click();", desk.waitFor(By.cssSelector("#area-2 > .aarshjul-row-buttons .move-up")));
			assertThat(desk.waitFor(By.id("area-1-title")).getAttribute("value")).isEqualTo("Grøn omstilling");
			assertThat(desk.text(By.cssSelector("#area-2 > legend"))).as("HTML in a title is text")
				.isEqualTo("Indsatsområde 2: Trivsel <b>fed</b>");
			shots(desk, "draft-reordered", By.id("area-1"));

			complete(desk, draft);
		}
		transaction.executeWithoutResult(status -> {
			List<FocusArea> areas = plans.findById(planId()).orElseThrow().getFocusAreas();
			assertThat(areas).extracting(FocusArea::getTitle)
				.containsExactly("Grøn omstilling", "Trivsel <b>fed</b>", "Digitalisering");
			assertThat(areas).extracting(FocusArea::getResponsibleDirector).containsExactly("sofie", "mikkel", null);
			assertThat(areas.stream().mapToInt(area -> area.getGoals().size()).sum()).isEqualTo(5);
			assertThat(areas.get(1).getGoals()).extracting(Goal::getDescription)
				.containsExactly("Mindre sygefravær", "Flere trivselsmålinger");
			assertThat(areas.get(1).getGoals().get(0).getDueDate()).isEqualTo(LocalDate.of(YEAR, 12, 31));
			assertThat(areas.get(0).getGoals().get(0).getTarget()).isEqualTo("-10 %");
		});

		cycle.complete("anders", DraftingProcess.USER_TASK_COMMENT_DRAFT, KEY, Map.of("managementComment", "Fint."));
		cycle.complete("karen", DraftingProcess.USER_TASK_MARK_DRAFT_READY, KEY, DraftingProcess.Variables.READY.with(true));
		cycle.complete("rikke", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, KEY, Map.of("statement", "Ingen."));
		cycle.complete("karen", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, KEY,
				Map.of("statementAnswer", "Taget til efterretning."));
		cycle.decide("svend", KEY, DecisionOutcome.APPROVED, null);
		cycle.complete("karen", StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS, KEY,
				StrategyCycleProcess.Variables.TRANSLATING_UNITS.with(cycle.jsonOf(List.of("job"))));

		Task write = cycle.taskFor("dorthe", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, KEY + "-job");
		try (Browser chief = Browser.open("plan-entry-unit")) {
			chief.signInToTasklist("http://localhost:" + port, "dorthe");
			openAndClaim(chief, write);
			chief.type(By.id("unit-area-1-action"), "Elbiler i hjemmeplejen.");
			chief.click(By.xpath("//fieldset[@id='unit-area-2']//label[contains(., 'Ikke relevant')]/input"));
			chief.type(By.id("unit-area-2-reason"), "Trivsel har sin egen handleplan hos os.");
			chief.type(By.id("unit-area-3-action"), "Selvbetjening på jobcentret.");
			assertThat(chief.text(By.cssSelector("#unit-area-2 > legend"))).isEqualTo("2. Trivsel <b>fed</b>");
			shots(chief, "unit-plan-written", By.id("unit-area-1"));
			complete(chief, write);

			cycle.complete("karen", UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, KEY + "-job",
					UnitTranslationProcess.Variables.APPROVED.with(false).and(UnitTranslationProcess.Variables.REVIEW_REASON, "Skriv, hvor mange elbiler."));
			Task again = cycle.taskFor("dorthe", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, KEY + "-job");
			openAndClaim(chief, again);
			chief.waitForText(By.cssSelector(".alert-warning"), "Skriv, hvor mange elbiler.");
			assertThat(chief.waitFor(By.id("unit-area-1-action")).getAttribute("value")).isEqualTo("Elbiler i hjemmeplejen.");
			chief.type(By.id("unit-area-1-action"), "Ti elbiler i hjemmeplejen.");
			shots(chief, "unit-plan-again", By.cssSelector(".alert-warning"));
			complete(chief, again);
		}

		Task review = cycle.taskFor("karen", UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, KEY + "-job");
		try (Browser reviewer = Browser.open("plan-entry-review")) {
			reviewer.signInToTasklist("http://localhost:" + port, "karen");
			openAndClaim(reviewer, review);
			reviewer.waitForText(By.tagName("body"), "Ti elbiler i hjemmeplejen.");
			assertThat(reviewer.pageText()).as("the unit plan, HTML as text").contains("2. Trivsel <b>fed</b>")
				.contains("Ikke relevant: Trivsel har sin egen handleplan hos os.")
				.contains("Sidste runde: begrundelse / ønskede ændringer");
			assertThat(reviewer.script("return document.querySelector('textarea[id$=Field_previousReviewReason]').value;"))
				.as("last round's reason, read-only").isEqualTo("Skriv, hvor mange elbiler.");
			assertThat(reviewer.script("return document.querySelector('textarea[id$=Field_previousReviewReason]').readOnly;"))
				.isEqualTo(true);
			assertThat(reviewer.script("return document.querySelectorAll('input[type=radio]').length;"))
				.isEqualTo(2L);
			assertThat(reviewer.script("return document.querySelectorAll('input[type=radio]:checked').length;"))
				.as("the second review starts with nothing chosen").isEqualTo(0L);
			assertThat(reviewer.script("return document.querySelector('textarea[id$=Field_reviewReason]').value;"))
				.isEqualTo("");
			shots(reviewer, "second-review", By.cssSelector("input[type=radio]"));
			reviewer.click(By.xpath("//label[contains(., 'Godkend handleplanen')]"));
			complete(reviewer, review);
		}

		cycle.startFollowUpRound(KEY, LocalDate.of(YEAR, 6, 30));
		Task report = cycle.statusReportOf(KEY, "job");
		try (Browser chief = Browser.open("plan-entry-status")) {
			chief.signInToTasklist("http://localhost:" + port, "dorthe");
			openAndClaim(chief, report);
			chief.waitFor(By.id("status-goal-1-comment"));
			for (int goal = 1; goal <= 5; goal++) {
				String light = goal == 2 ? "Rød" : goal == 4 ? "Gul" : "Grøn";
				chief.click(By.xpath("//fieldset[@id='status-goal-" + goal + "']//label[contains(., '" + light + "')]/input"));
			}
			chief.type(By.id("status-goal-2-comment"), "Leverandøren er forsinket.");
			chief.type(By.id("status-goal-4-comment"), "Budgettet er presset.");
			shots(chief, "status-report", By.id("status-goal-1"));
			complete(chief, report);
		}
		assertThat(jdbc.queryForList("""
				select gs.traffic_light from goal_status gs join status_report sr on sr.id = gs.status_report_id
				where sr.plan_id = ? and sr.unit_id = 'job' order by gs.id""", String.class, planId()))
			.containsExactly("GREEN", "RED", "GREEN", "YELLOW", "GREEN");
	}

	private String directorName(String user) {
		return board.nameOf(user);
	}

	private Long planId() {
		return jdbc.queryForObject("select plan_id from strategy_cycle where business_key = ?", Long.class, KEY);
	}

	private void goal(Browser browser, int area, int number, String description, String measure, String target,
			String due) {
		browser.click(By.cssSelector("#area-" + area + " > .aarshjul-row-buttons .add-goal"));
		String id = "area-" + area + "-goal-" + number;
		browser.type(By.id(id + "-description"), description);
		if (!measure.isEmpty()) {
			browser.type(By.id(id + "-measure"), measure);
		}
		if (!target.isEmpty()) {
			browser.type(By.id(id + "-target"), target);
		}
		if (!due.isEmpty()) {
			// a date field's typing order follows the browser's language; the value is ISO everywhere
			browser.script("const field = document.getElementById(arguments[0]); field.value = arguments[1];"
					+ " field.dispatchEvent(new Event('input', { bubbles: true }));"
					+ " field.dispatchEvent(new Event('change', { bubbles: true }));", id + "-due", due);
		}
	}

	private void openAndClaim(Browser browser, Task task) {
		browser.go("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
		browser.click(By.xpath("//button[contains(., 'Tag opgaven')]"));
		browser.waitFor(By.xpath("//button[contains(., 'Afslut opgaven') and not(@disabled)]"));
	}

	/** The step at a desk's width and at a phone's, with {@code at} in view. */
	private void shots(Browser browser, String step, By at) throws Exception {
		for (int width : new int[] { 1400, 320 }) {
			browser.resize(width, 1000);
			browser.script("arguments[0].scrollIntoView({block: 'start'});", browser.waitFor(at));
			browser.screenshot(step + "-" + width);
		}
		browser.resize(1400, 1000);
	}

	private void complete(Browser browser, Task task) throws Exception {
		browser.click(By.xpath("//button[contains(., 'Afslut opgaven')]"));
		long deadline = System.currentTimeMillis() + 20_000;
		while (tasks.createTaskQuery().taskId(task.getId()).count() > 0 && System.currentTimeMillis() < deadline) {
			Thread.sleep(200);
		}
		if (tasks.createTaskQuery().taskId(task.getId()).count() > 0) {
			browser.screenshot("refused");
			throw new AssertionError("the task was not completed: " + browser.pageText());
		}
	}

}
