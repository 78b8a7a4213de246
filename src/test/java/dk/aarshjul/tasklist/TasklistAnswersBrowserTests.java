package dk.aarshjul.tasklist;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.system.Browser;
import dk.aarshjul.system.H2Test;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal as the board meets it in Tasklist: the draft's first focus area without a title is
 * answered by the Danish text alone — not "Cannot submit task form" with the task's id — in a
 * message that leaves "Afslut opgaven" and "Gem" where they can be clicked, at a desk's width and a
 * phone's. A goal's deadline typed as a day that does not exist (31.02) says so beside the field.
 * Screenshots: {@code target/screenshots/tasklist-answers-*}.
 */
@H2Test
class TasklistAnswersBrowserTests {

	/** A year no other test uses. */
	private static final int YEAR = 2014;

	/** A plan of its own: the demo plan's free years are few. */
	private static final String CODE = "SVAR-I-TASKLIST";

	private static final String KEY = CODE + "-" + YEAR;

	private static final By COMPLETE = By.xpath("//button[normalize-space(.)='Afslut opgaven']");

	private static final By SAVE = By.xpath("//button[normalize-space(.)='Gem']");

	@LocalServerPort
	int port;

	@Autowired
	CycleDriver cycle;

	@Autowired
	TaskService tasks;

	@Autowired
	dk.aarshjul.plan.PlanTransfer transfer;

	@Autowired
	dk.aarshjul.plan.StrategyPlanRepository plans;

	@Test
	void aRefusedDraftIsAnsweredInDanishBesideTheButtonsAndAnImpossibleDateSaysSo() throws Exception {
		dk.aarshjul.plan.PlanDocument demo = transfer.export(plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId());
		transfer.importDocument(new dk.aarshjul.plan.PlanDocument(CODE, demo.municipality(), demo.title(), demo.introduction(),
				YEAR, demo.kind(), demo.periodFrom(), demo.periodTo(), demo.focusAreas()));
		cycle.start("olivia", CycleDriver.calendar(CODE, YEAR));
		Task draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, KEY);

		try (Browser board = Browser.open("tasklist-answers")) {
			board.signInToTasklist("http://localhost:" + port, "karen");
			board.go("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + draft.getId());
			board.click(By.xpath("//button[contains(., 'Tag opgaven')]"));
			board.type(By.id("area-1-title"), " ");
			board.click(COMPLETE);

			By refusal = By.xpath("//*[contains(., 'Indsatsområde 1: Titel skal udfyldes.')]"
					+ "[not(.//*[contains(., 'Indsatsområde 1: Titel skal udfyldes.')])]");
			WebElement shown = board.waitFor(refusal);
			assertThat(board.pageText()).contains("Indsatsområde 1: Titel skal udfyldes.")
				.doesNotContain("Cannot submit task form", draft.getId());
			assertThat(shown.getText()).doesNotContain("Cannot", draft.getId());
			for (int width : new int[] { 1400, 390 }) {
				board.resize(width, 900);
				board.script("arguments[0].scrollIntoView({block: 'center'});", board.waitFor(COMPLETE));
				board.screenshot("refused-" + width);
				assertClickable(board, COMPLETE);
				assertClickable(board, SAVE);
			}
			board.resize(1400, 900);
			assertThat(tasks.createTaskQuery().taskId(draft.getId()).count()).as("the draft is still open").isOne();

			// the first goal's deadline: the browser's own date field, typed part by part as a person does
			By due = By.id("area-1-goal-1-due");
			board.click(due);
			board.press("31");
			board.press("02");
			board.press("2027");
			board.press(Keys.TAB);
			By message = By.id("area-1-goal-1-due-impossible");
			assertThat(board.text(message)).startsWith("Datoen findes ikke.");
			assertThat(board.waitFor(due).getAttribute("aria-describedby")).contains("area-1-goal-1-due-impossible");
			for (int width : new int[] { 1400, 390 }) {
				board.resize(width, 900);
				board.script("arguments[0].scrollIntoView({block: 'center'});", board.waitFor(message));
				board.screenshot("impossible-date-" + width);
			}
			board.resize(1400, 900);
			board.click(due);
			board.press("28");
			board.press("02");
			board.press("2027");
			board.press(Keys.TAB);
			board.waitUntilGone(message);
		}
	}

	/** The button is the element at its own centre: nothing lies over it. */
	private static void assertClickable(Browser browser, By button) {
		WebElement element = browser.waitFor(button);
		Object onTop = browser.script("""
				var box = arguments[0].getBoundingClientRect();
				var top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
				return top === arguments[0] || arguments[0].contains(top);""", element);
		assertThat(onTop).as("nothing covers %s", button).isEqualTo(true);
		assertThat(element.isEnabled()).as("%s is enabled", button).isTrue();
	}

}
