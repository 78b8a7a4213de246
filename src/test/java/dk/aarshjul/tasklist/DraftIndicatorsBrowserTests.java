package dk.aarshjul.tasklist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.plan.IndicatorDirection;
import dk.aarshjul.plan.IndicatorReporter;
import dk.aarshjul.plan.IndicatorUnit;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanDocument.IndicatorDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.system.Browser;
import dk.aarshjul.system.H2Test;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board adds an indicator to a goal in the drafting form in Tasklist, with Danish figures, and
 * finds it in the plan; the goal's other indicator, with what the form does not show (Statistics
 * Denmark's codes, an intermediate target), comes back as it was. A task opened before the form
 * had indicators says so and keeps them. Screenshots at 1400 and 390 px:
 * {@code target/screenshots/draft-indicators/} and {@code draft-indicators-opened-before/}.
 */
@H2Test
class DraftIndicatorsBrowserTests {

	private static final int YEAR = 2059;

	private static final String AXE = "classpath*:META-INF/resources/webjars/axe-core/*/axe.min.js";

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
	void anIndicatorAddedInTheDraftFormIsSavedInThePlan() throws Exception {
		String code = "UDKAST-IND-TASKLIST";
		Task draft = draftTaskOf(code);
		IndicatorDocument before = transfer.export(planId(code)).focusAreas().get(0).goals().get(0).indicators().get(0);

		try (Browser browser = Browser.open("draft-indicators")) {
			signInAndClaim(browser, draft);
			assertThat(browser.waitFor(By.id("indicator-1-1-1-name")).getAttribute("value")).isEqualTo("Sygefravær");
			assertThat(browser.waitFor(By.id("indicator-1-1-1-baseline")).getAttribute("value"))
				.as("a figure with a decimal comma").isEqualTo("6,5");
			assertThat(new Select(browser.waitFor(By.id("indicator-1-1-1-reporter"))).getFirstSelectedOption().getText())
				.isEqualTo("centralt, for hele kommunen");

			// by keyboard: the add button takes focus and Enter, as any button
			browser.script("arguments[0].focus();",
					browser.waitFor(By.cssSelector("[aria-label='Tilføj en indikator til mål 1.2']")));
			browser.press(Keys.ENTER);
			browser.type(By.id("indicator-1-2-1-name"), "Medarbejdere på kursus <b>fed</b>");
			new Select(browser.waitFor(By.id("indicator-1-2-1-unit"))).selectByVisibleText("antal");
			new Select(browser.waitFor(By.id("indicator-1-2-1-direction"))).selectByVisibleText("højere er bedre");
			new Select(browser.waitFor(By.id("indicator-1-2-1-reporter"))).selectByVisibleText("både enhederne og centralt");
			browser.type(By.id("indicator-1-2-1-baseline"), "12,5");
			browser.type(By.id("indicator-1-2-1-target"), "1.250,75");
			browser.type(By.id("indicator-1-2-1-tolerance"), "7,5");
			// a date field's typing order follows the browser's language; the value is ISO everywhere
			browser.script("const field = document.getElementById(arguments[0]); field.value = arguments[1];"
					+ " field.dispatchEvent(new Event('input', { bubbles: true }));"
					+ " field.dispatchEvent(new Event('change', { bubbles: true }));", "indicator-1-2-1-target-date",
					YEAR + "-12-31");
			assertThat(browser.text(By.cssSelector("#indicator-1-2-1-row legend")))
				.as("the name typed is shown as text, not as markup")
				.isEqualTo("Indikator 1.2.1: Medarbejdere på kursus <b>fed</b>");
			assertThat(browser.findAll(By.cssSelector("#indicator-1-2-1-row b"))).isEmpty();

			for (int width : new int[] { 1400, 390 }) {
				browser.resize(width, 1000);
				browser.script("arguments[0].scrollIntoView({block: 'start'});",
						browser.waitFor(By.id("indicator-1-1-1-row")));
				browser.screenshot("existing-indicator-" + width);
				browser.script("arguments[0].scrollIntoView({block: 'start'});",
						browser.waitFor(By.id("indicator-1-2-1-row")));
				browser.screenshot("added-indicator-" + width);
				assertThat(violations(browser, "form[name=draftPlanForm]")).as("axe at %d px", width).isEmpty();
			}
			browser.resize(1400, 1000);
			complete(browser, draft);
		}

		PlanDocument plan = transfer.export(planId(code));
		assertThat(plan.focusAreas().get(0).goals().get(0).indicators())
			.as("the indicator the form only carried, with its codes and intermediate target")
			.containsExactly(before);
		assertThat(plan.focusAreas().get(0).goals().get(1).indicators()).singleElement().satisfies(added -> {
			assertThat(added.name()).isEqualTo("Medarbejdere på kursus <b>fed</b>");
			assertThat(added.unit()).isEqualTo(IndicatorUnit.COUNT);
			assertThat(added.direction()).isEqualTo(IndicatorDirection.HIGHER_IS_BETTER);
			assertThat(added.reporter()).isEqualTo(IndicatorReporter.BOTH);
			assertThat(added.baselineValue()).isEqualByComparingTo("12.5");
			assertThat(added.targetValue()).isEqualByComparingTo(new BigDecimal("1250.75"));
			assertThat(added.targetDate()).isEqualTo(LocalDate.of(YEAR, 12, 31));
			assertThat(added.yellowTolerancePercent()).isEqualByComparingTo("7.5");
		});
	}

	@Test
	void aTaskOpenedBeforeTheFormHadIndicatorsKeepsThem() throws Exception {
		String code = "UDKAST-IND-GAMMEL";
		Task draft = draftTaskOf(code);
		PlanDocument before = transfer.export(planId(code));
		// the rows as PrepareDraftForm wrote them before indicators
		tasks.setVariableLocal(draft.getId(), "draftPlan", SpinValues.jsonValue("""
				[ { "title": "Trivsel", "strategy": "", "specialForYear": "", "responsibleDirector": "karen",
				    "goals": [ { "description": "Mindre sygefravær", "measure": "Fravær", "target": "Højst 5 %", "dueDate": "" },
				               { "description": "Flere kurser", "measure": "", "target": "", "dueDate": "" } ] } ]
				""").create());

		try (Browser browser = Browser.open("draft-indicators-opened-before")) {
			signInAndClaim(browser, draft);
			assertThat(browser.text(By.id("indicators-kept"))).contains("gemmes uændret");
			assertThat(browser.findAll(By.cssSelector(".add-indicator, .aarshjul-indicator"))).isEmpty();
			browser.type(By.id("area-1-goal-2-description"), "Flere medarbejdere på kursus");
			for (int width : new int[] { 1400, 390 }) {
				browser.resize(width, 1000);
				browser.script("arguments[0].scrollIntoView({block: 'start'});", browser.waitFor(By.id("indicators-kept")));
				browser.screenshot("opened-before-" + width);
			}
			browser.resize(1400, 1000);
			complete(browser, draft);
		}

		PlanDocument after = transfer.export(planId(code));
		assertThat(after.focusAreas().get(0).goals().get(1).description()).isEqualTo("Flere medarbejdere på kursus");
		assertThat(after.focusAreas().get(0).goals().get(0).indicators())
			.isEqualTo(before.focusAreas().get(0).goals().get(0).indicators())
			.hasSize(1);
	}

	private Task draftTaskOf(String code) {
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "%s", "municipality": "Demo Kommune", "title": "Plan med indikatorer",
				  "year": %d, "kind": "ADMINISTRATIVE_STRATEGY", "periodFrom": "%d-01-01",
				  "focusAreas": [ { "title": "Trivsel", "responsibleDirector": "karen", "goals": [
				    { "description": "Mindre sygefravær", "measure": "Fravær", "target": "Højst 5 %%",
				      "indicators": [ { "name": "Sygefravær", "unit": "PERCENT", "direction": "LOWER_IS_BETTER",
				        "baselineValue": 6.5, "baselineDate": "%d-12-31", "targetValue": 5, "targetDate": "%d-12-31",
				        "reporter": "CENTRAL", "statbankTable": "FRAV1", "statbankSelection": "OMRÅDE=316",
				        "milestones": [ { "dueDate": "%d-06-30", "targetValue": 5.75 } ] } ] },
				    { "description": "Flere kurser" } ] } ] }
				""".formatted(code, YEAR, YEAR, YEAR - 1, YEAR, YEAR).getBytes(StandardCharsets.UTF_8)));
		cycle.start("olivia", CycleDriver.calendar(code, YEAR));
		return cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, code + "-" + YEAR);
	}

	private Long planId(String code) {
		return jdbc.queryForObject("select plan_id from strategy_cycle where business_key = ?", Long.class,
				code + "-" + YEAR);
	}

	private void signInAndClaim(Browser browser, Task task) {
		browser.signInToTasklist(url(""), "karen");
		browser.openAndClaimInTasklist(url(""), task.getId());
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

	@SuppressWarnings("unchecked")
	private List<String> violations(Browser browser, String within) throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver().getResources(AXE);
		try (InputStream source = found[0].getInputStream()) {
			browser.script(new String(source.readAllBytes(), StandardCharsets.UTF_8));
		}
		return (List<String>) browser.asyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document.querySelector(arguments[0]),
				    { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(result => done(result.violations.map(v =>
				    v.id + ' (' + v.help + '): ' + v.nodes.map(node => node.target.join(' ')).join(', '))))
				  .catch(error => done(['axe failed: ' + error]));
				""", within);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
