package dk.aarshjul.work;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import dk.aarshjul.approval.PoliticalApprovalProcess;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.system.Browser;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four people of Demo Kommune in real (headless) Chromium, at a desk's 1400 px and a phone's 390 px:
 * the board (karen), a politician of Økonomiudvalget (svend), a chief in the management group
 * (anders) and a head of department (birgit). Each opens Årshjul, signs in, lands on "Mine opgaver",
 * sees the task waiting for them there with its plan, year, phase, unit and deadline, and opens it
 * in Tasklist with one click, where its form opens. Screenshots: {@code target/screenshots/work-<person>/}.
 */
@H2Test
class WorkBrowserTests {

	private static final String KEY = "ARBEJDE";

	private static final String PLAN = "Holbæk i Fællesskab – Koncernledelsens strategiplan 2017+";

	private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

	@LocalServerPort
	int port;

	@Autowired
	CycleDriver cycle;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	StrategyPlanRepository plans;

	private static boolean started;

	/** One cycle per person, each driven to where that person has a task. */
	@BeforeEach
	void cyclesWaitingForEachOfThem() {
		if (started) {
			return;
		}
		// a plan of its own, so that its cycles' years are free whatever other tests start
		PlanDocument demo = transfer.export(plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId());
		transfer.importDocument(new PlanDocument(KEY, demo.municipality(), demo.title(), demo.introduction(), 2052,
				demo.kind(), demo.periodFrom(), demo.periodTo(), demo.focusAreas()));
		cycle.start("olivia", CycleDriver.calendar(KEY, 2055));
		cycle.start("olivia", CycleDriver.calendar(KEY, 2054));
		cycle.complete("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, KEY + "-2054", Map.of());
		cycle.start("olivia", CycleDriver.calendar(KEY, 2053));
		cycle.throughConsultation(KEY + "-2053");
		cycle.untilTranslation(KEY, KEY + "-2052", 2052, List.of("skoler"));
		started = true;
	}

	@Test
	void theBoardLandsOnItsDraftAndOpensItInTasklist() throws Exception {
		landsOnTaskAndOpensIt("karen", cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, KEY + "-2055"),
				2055, "Udkast", null);
	}

	@Test
	void aPoliticianLandsOnTheCommitteesDecisionAndOpensItInTasklist() throws Exception {
		landsOnTaskAndOpensIt("svend",
				cycle.taskFor("svend", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, KEY + "-2053"), 2053,
				"Politisk behandling", "Økonomiudvalget");
	}

	@Test
	void aChiefLandsOnTheManagementGroupsCommentAndOpensItInTasklist() throws Exception {
		landsOnTaskAndOpensIt("anders",
				cycle.taskFor("anders", DraftingProcess.USER_TASK_COMMENT_DRAFT, KEY + "-2054"), 2054, "Udkast",
				null);
	}

	@Test
	void aHeadOfDepartmentLandsOnTheUnitPlanAndOpensItInTasklist() throws Exception {
		landsOnTaskAndOpensIt("birgit",
				cycle.taskFor("birgit", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, KEY + "-2052-skoler"),
				2052, "Oversættelse i enhederne", "Afdeling for Skoler");
	}

	private void landsOnTaskAndOpensIt(String person, Task task, int year, String phase, String unit) throws Exception {
		By row = By.cssSelector("li[data-task='" + task.getId() + "']");
		try (Browser browser = Browser.open("work-" + person)) {
			// the front page first, as anyone opens Årshjul: sign-in, then the work page
			browser.signIn(url("/"), person);

			browser.waitFor(row);
			assertThat(browser.currentUrl()).endsWith("/mine-opgaver");
			assertThat(browser.text(By.tagName("h1"))).isEqualTo("Mine opgaver");
			assertThat(browser.text(By.cssSelector("header nav a"))).as("the first menu item").isEqualTo("Mine opgaver");
			String shown = browser.text(row);
			assertThat(shown).contains(task.getName(), PLAN, String.valueOf(year), phase,
					DANISH_DATE.format(task.getDueDate().toInstant().atZone(COPENHAGEN)), "dage tilbage");
			if (unit != null) {
				assertThat(shown).contains(unit);
			}
			browser.script("arguments[0].scrollIntoView({block: 'center'});", browser.waitFor(row));
			browser.screenshot("mine-opgaver-1400");
			browser.resize(390, 900);
			browser.script("arguments[0].scrollIntoView({block: 'center'});", browser.waitFor(row));
			browser.screenshot("mine-opgaver-390");
			assertThat((Boolean) browser.script(
					"return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"))
				.as("nothing sticks out sideways at 390 px").isTrue();

			// one click: Tasklist opens the task itself, with its form
			browser.click(By.cssSelector("li[data-task='" + task.getId() + "'] a.task"));
			waitForTasklist(browser, By.xpath("//button[contains(., 'Tag opgaven')]"));
			assertThat(browser.currentUrl()).contains("/camunda/app/tasklist/default/").contains("task=" + task.getId());
			browser.screenshot("tasklist-390");
			browser.resize(1400, 1000);
			browser.click(By.xpath("//button[contains(., 'Tag opgaven')]"));
			// claiming reloads the task and its form; a CI run saw that outlast one wait at 1400 px
			waitForTasklist(browser, By.xpath("//button[contains(., 'Afslut opgaven') and not(@disabled)]"));
			assertThat(browser.findAll(By.cssSelector(".task-details input, .task-details textarea")))
				.as("the task's form is open").isNotEmpty();
			browser.screenshot("tasklist-form-1400");
		}
	}

	/**
	 * Tasklist's first opening in a browser loads its scripts and the task's form; on a loaded build
	 * machine that has taken minutes rather than the browser's usual wait, so it is given four.
	 */
	private static void waitForTasklist(Browser browser, By locator) throws Exception {
		for (int attempt = 1;; attempt++) {
			try {
				browser.waitFor(locator);
				return;
			}
			catch (TimeoutException slow) {
				if (attempt == 4) {
					throw slow;
				}
				browser.screenshot("tasklist-still-loading-" + attempt);
			}
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
