package dk.aarshjul.tasklist;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dk.aarshjul.approval.PoliticalApprovalProcess;
import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleProcess;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.system.Browser;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every decision shows what it decides on, in Tasklist at a desk's and a phone's width: the
 * management group's comment form links to the draft's page; Økonomiudvalget (svend) decides
 * seeing Hovedudvalget's statement and the board's answer; a chief (anders) writes his unit's plan
 * seeing each focus area's strategy and goals with measure, target and due date; the reviewer
 * sees the plan beside the unit plan. Each form still completes: what it only shows is never sent.
 */
@H2Test
class FormsShowingTheFactsBrowserTests {

	/** A plan of its own, in a year no other test uses for it. */
	private static final String KEY = "FAKTAVIS-2023";

	private static final String STATEMENT = "Hovedudvalget ønsker <b>mere</b> fokus på *arbejdsmiljøet*.";

	private static final String ANSWER = "Direktionen indarbejder arbejdsmiljøet i indsatsområde 1.";

	@LocalServerPort
	int port;

	@Autowired
	CycleDriver cycle;

	@Autowired
	TaskService tasks;

	@Autowired
	PlanTransfer transfer;

	@Test
	void eachPersonDecidesSeeingTheFactsAtDeskAndPhoneWidth() throws Exception {
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "FAKTAVIS", "municipality": "Demo Kommune", "title": "Fakta i formularerne",
				  "year": 2023, "kind": "ANNUAL_AGREEMENT", "periodFrom": "2023-01-01",
				  "focusAreas": [
				    { "title": "Læring og trivsel", "responsibleDirector": "mikkel",
				      "strategy": "Alle børn skal lære mere og trives bedre, hver dag.",
				      "specialForYear": "I år: trivselsmåling i alle klasser.",
				      "goals": [ { "description": "Færre elever føler sig ensomme", "measure": "Trivselsmålingen",
				                   "target": "Under 5 %", "dueDate": "2023-12-31" },
				                 { "description": "Flere går i skole hver dag", "measure": "Fraværsstatistik",
				                   "target": "Fravær under 4 %", "dueDate": "2023-06-30" } ] },
				    { "title": "Grøn omstilling", "responsibleDirector": "sofie",
				      "strategy": "Kommunen kører og bygger grønt.",
				      "goals": [ { "description": "Kommunens biler kører på strøm", "measure": "Andel elbiler",
				                   "target": "Alle", "dueDate": "2023-11-30" } ] } ] }
				""".getBytes(StandardCharsets.UTF_8)));
		cycle.start("olivia", CycleDriver.calendar("FAKTAVIS", 2023));
		cycle.complete("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, KEY, Map.of());

		Task comment = cycle.taskFor("anders", DraftingProcess.USER_TASK_COMMENT_DRAFT, KEY);
		try (Browser browser = Browser.open("tasklist-facts-comment")) {
			browser.signInToTasklist("http://localhost:" + port, "anders");
			open(browser, comment);
			By link = By.xpath("//a[contains(., 'Se udkastet til planen')]");
			assertThat(browser.waitFor(link).getAttribute("href")).endsWith("/aarshjul/" + KEY);
			assertThat(browser.pageText()).doesNotContain("Årshjul → Strategiplaner");
			shots(browser, "comment-form", link);
			browser.go(browser.waitFor(link).getAttribute("href"));
			browser.waitForText(By.tagName("body"), "Fakta i formularerne");
			assertThat(browser.pageText()).as("the draft's page, open to the management group").contains("Læring og trivsel");
			browser.screenshot("draft-page");
		}
		cycle.complete("anders", comment, Map.of("managementComment", "Fint."));
		cycle.complete("karen", DraftingProcess.USER_TASK_MARK_DRAFT_READY, KEY, DraftingProcess.Variables.READY.with(true));
		cycle.complete("rikke", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, KEY, Map.of("statement", STATEMENT));
		cycle.complete("karen", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, KEY, Map.of("statementAnswer", ANSWER));

		Task decision = cycle.taskFor("svend", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, KEY);
		try (Browser browser = Browser.open("tasklist-facts-decision")) {
			browser.signInToTasklist("http://localhost:" + port, "svend");
			open(browser, decision);
			By hearing = By.xpath("//h3[contains(., 'Høringen i Hovedudvalget')]");
			browser.waitFor(hearing);
			String page = browser.pageText();
			assertThat(page).as("the statement as typed, its tags and asterisks text")
				.contains("Hovedudvalgets høringssvar", STATEMENT, "Direktionens svar", ANSWER)
				.contains("Alle børn skal lære mere og trives bedre, hver dag.", "Under 5 %")
				.doesNotContain("Hovedudvalget har ikke afgivet en udtalelse");
			assertThat(browser.findAll(By.xpath("//*[contains(@class,'fjs-form')]//b"))).as("no tag from the statement")
				.isEmpty();
			shots(browser, "decision-form", hearing);
			browser.click(By.xpath("//label[normalize-space(.)='Godkend']"));
			complete(browser, "decided");
		}
		assertThat(tasks.createTaskQuery().taskId(decision.getId()).count()).as("Økonomiudvalget decided").isZero();
		cycle.complete("karen", StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS, KEY,
				StrategyCycleProcess.Variables.TRANSLATING_UNITS.with(cycle.jsonOf(List.of("laering"))));

		Task write = cycle.taskFor("anders", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, KEY + "-laering");
		try (Browser browser = Browser.open("tasklist-facts-unit-plan")) {
			browser.signInToTasklist("http://localhost:" + port, "anders");
			open(browser, write);
			browser.waitFor(By.id("unit-area-1-facts"));
			assertThat(browser.text(By.id("unit-area-1-facts")))
				.contains("Strategi: Alle børn skal lære mere og trives bedre, hver dag.")
				.contains("Særligt for året: I år: trivselsmåling i alle klasser.")
				.contains("Færre elever føler sig ensomme", "Måles ved: Trivselsmålingen", "Målsætning: Under 5 %",
						"Frist: 31.12.2023")
				.contains("Flere går i skole hver dag", "Fravær under 4 %", "30.06.2023");
			assertThat(browser.text(By.id("unit-area-2-facts")))
				.contains("Kommunen kører og bygger grønt.", "Målsætning: Alle", "Frist: 30.11.2023");
			browser.type(By.id("unit-area-1-action"), "Trivselsmåling og læringsmål i alle skoler.");
			browser.type(By.id("unit-area-2-action"), "Elcykler til hjemmebesøg.");
			shots(browser, "unit-plan-form", By.id("unit-area-1"));
			complete(browser, "unit-plan-written");
		}
		assertThat(tasks.createTaskQuery().taskId(write.getId()).count()).as("the unit plan was handed in").isZero();

		String reviewer = CycleDriver.reviewerOf("laering");
		Task review = cycle.taskFor(reviewer, UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, KEY + "-laering");
		try (Browser browser = Browser.open("tasklist-facts-review")) {
			browser.signInToTasklist("http://localhost:" + port, reviewer);
			open(browser, review);
			By plan = By.xpath("//*[contains(., 'Planens indsatsområder og mål')]");
			browser.waitFor(plan);
			assertThat(browser.pageText()).contains("Trivselsmåling og læringsmål i alle skoler.")
				.contains("Færre elever føler sig ensomme – Under 5 %", "senest 31.12.2023");
			shots(browser, "review-form", By.xpath("//*[contains(@class,'fjs-form')]"));
		}
	}

	/**
	 * A task opened before 1.1.0 has none of the shown facts (their listeners did not run for it):
	 * its form says where they stand instead, and completes.
	 */
	@Test
	void aTaskOpenedBeforeTheFactsWereShownStillRendersAndCompletes() throws Exception {
		String key = "FAKTAFOER-2024";
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "FAKTAFOER", "municipality": "Demo Kommune", "title": "Før opgraderingen",
				  "year": 2024, "kind": "ANNUAL_AGREEMENT", "periodFrom": "2024-01-01",
				  "focusAreas": [ { "title": "Trivsel", "strategy": "Trivsel for alle.",
				                    "goals": [ { "description": "Færre sygedage", "target": "Højst 5 %" } ] } ] }
				""".getBytes(StandardCharsets.UTF_8)));
		cycle.start("olivia", CycleDriver.calendar("FAKTAFOER", 2024));
		cycle.throughConsultation(key);
		Task decision = cycle.taskFor("svend", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, key);
		tasks.removeVariableLocal(decision.getId(), "hearingSummary");
		try (Browser browser = Browser.open("tasklist-facts-before-upgrade")) {
			browser.signInToTasklist("http://localhost:" + port, "svend");
			open(browser, decision);
			browser.waitForText(By.tagName("body"), "Hovedudvalgets høringssvar og direktionens svar står på planens side");
			browser.screenshot("decision-without-facts");
			browser.click(By.xpath("//label[normalize-space(.)='Godkend']"));
			complete(browser, "decided");
		}
		assertThat(tasks.createTaskQuery().taskId(decision.getId()).count()).isZero();
		cycle.complete("karen", StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS, key,
				StrategyCycleProcess.Variables.TRANSLATING_UNITS.with(cycle.jsonOf(List.of("laering"))));
		Task write = cycle.taskFor("anders", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-laering");
		tasks.removeVariableLocal(write.getId(), "focusAreaFacts");
		try (Browser browser = Browser.open("tasklist-facts-before-upgrade-unit")) {
			browser.signInToTasklist("http://localhost:" + port, "anders");
			open(browser, write);
			browser.waitForText(By.tagName("body"), "Indsatsområdernes strategi og mål står på planens side");
			assertThat(browser.findAll(By.id("unit-area-1-facts"))).isEmpty();
			browser.type(By.id("unit-area-1-action"), "Trivselsmåling.");
			browser.screenshot("unit-plan-without-facts");
			complete(browser, "unit-plan-written");
		}
		assertThat(tasks.createTaskQuery().taskId(write.getId()).count()).isZero();
	}

	private void open(Browser browser, Task task) {
		browser.go("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
		browser.click(By.xpath("//button[contains(., 'Tag opgaven')]"));
		browser.waitFor(By.xpath("//button[contains(., 'Afslut opgaven') and not(@disabled)]"));
	}

	/** The step at a desk's width and at a phone's, scrolled to what it shows. */
	private void shots(Browser browser, String step, By at) throws Exception {
		for (int width : new int[] { 1400, 390 }) {
			browser.resize(width, 1000);
			browser.script("arguments[0].scrollIntoView({block: 'start'});", browser.waitFor(at));
			browser.screenshot(step + "-" + width);
		}
		browser.resize(1400, 1000);
	}

	private void complete(Browser browser, String name) throws Exception {
		browser.click(By.xpath("//button[contains(., 'Afslut opgaven')]"));
		browser.waitUntilGone(By.xpath("//button[contains(., 'Afslut opgaven')]"));
		browser.screenshot(name);
	}

}
