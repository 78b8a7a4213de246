package dk.aarshjul.tasklist;

import java.util.List;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.system.Browser;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A core area's chief in real (headless) Chromium: signs in (on Årshjul's sign-in page, to which
 * Tasklist sends her) to Tasklist, which speaks Danish and
 * shows Årshjul's name and the chief's own filters, finds the translation task by its name and
 * completes it through its Camunda Form. Screenshots: {@code target/screenshots/tasklist-unit-chief/}.
 */
@H2Test
class TasklistBrowserTests {

	private static final String TASK_NAME = "Oversæt strategiplanen – Kerneområde Job og Uddannelse";

	@LocalServerPort
	int port;

	@Autowired
	CycleDriver cycle;

	@Autowired
	TaskService tasks;

	@Test
	void unitChiefCompletesTheTranslationInDanishTasklist() throws Exception {
		String key = "DEMO-STRATEGI-2090";
		cycle.untilTranslation("DEMO-STRATEGI", key, 2090, List.of("job"));
		Task translation = cycle.taskFor("dorthe", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-job");

		try (Browser browser = Browser.open("tasklist-unit-chief")) {
			// Tasklist has no login of its own: Årshjul's sign-in, then back to Tasklist
			browser.go("http://localhost:" + port + "/camunda/app/tasklist/default/");
			browser.type(By.id("username"), "dorthe");
			browser.type(By.id("password"), "demo");
			browser.screenshot("login");
			browser.click(By.cssSelector("main button[type='submit']"));

			browser.waitForText(By.tagName("body"), "Min enheds opgaver");
			browser.screenshot("filters");
			String page = browser.pageText();
			assertThat(page).contains("Mine opgaver", "Min enheds opgaver", "Forsinkede")
				.doesNotContain("Alle årshjul")
				.contains("Årshjul");
			assertThat(page).as("Danish texts").containsAnyOf("Vælg en opgave i listen.", "Start proces");
			assertThat((String) browser.script(
					"return getComputedStyle(document.querySelector('.navbar-brand')).backgroundImage;"))
				.as("Årshjul's wheel in the header").contains("aarshjul-logo.svg");

			browser.click(By.xpath("//*[contains(@class,'task-filter')]//*[contains(text(),'Min enheds opgaver')]"));
			// other tests leave translation tasks of other years in the same Tasklist
			browser.click(By.xpath("//a[contains(., '" + TASK_NAME + "') and contains(., '– 2090')]"));
			browser.waitFor(By.xpath("//*[contains(text(),'Tag opgaven')]"));
			browser.screenshot("task-opened");
			browser.click(By.xpath("//button[contains(., 'Tag opgaven')]"));

			browser.waitFor(By.id("unit-area-1-action"));
			List<WebElement> actions = browser.findAll(By.cssSelector("textarea[id$='-action']"))
				.stream()
				.filter(WebElement::isDisplayed)
				.toList();
			assertThat(actions).as("one answer per focus area of the plan").hasSize(cycle.rows(translation, "focusArea"));
			for (WebElement action : actions) {
				action.sendKeys("Vi gør det konkret i Job og Uddannelse.");
			}
			browser.screenshot("form-filled");
			browser.click(By.xpath("//button[contains(., 'Afslut opgaven')]"));

			browser.waitUntilGone(By.xpath("//a[contains(., '" + TASK_NAME + "') and contains(., '– 2090')]"));
			// the chief is also in the management group, which reviews core areas' plans next — but
			// not his own (four eyes)
			assertThat(browser.pageText()).doesNotContain("Godkend handleplan – Kerneområde Job og Uddannelse");
			browser.screenshot("completed");
		}

		assertThat(tasks.createTaskQuery().taskId(translation.getId()).count()).isZero();
		assertThat(cycle.sees("karen", UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, key + "-job")).as("on to the review").isTrue();
	}

}
