package dk.aarshjul.tasklist;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dk.aarshjul.approval.DecisionOutcome;
import dk.aarshjul.approval.PoliticalApprovalProcess;
import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleProcess;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.system.Browser;
import dk.aarshjul.system.H2Test;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist sends back, with a Camunda Form, the read-only fields it shows (the management group's
 * comment, the earlier bodies' decisions). The task contracts accept them unchanged, so a real
 * submission in Chromium still completes the task: the board marks the draft ready under the
 * management group's comment, and Byrådet decides under Økonomiudvalget's decision.
 */
@H2Test
class ShownFieldsBrowserTests {

	/** A political strategy of its own (Byrådet decides after Økonomiudvalget), in a year no other test uses. */
	private static final String KEY = "VISTE-2021";

	@LocalServerPort
	int port;

	@Autowired
	CycleDriver cycle;

	@Autowired
	TaskService tasks;

	@Autowired
	PlanTransfer transfer;

	@Test
	void formsThatShowEarlierAnswersStillCompleteInTasklist() throws Exception {
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "VISTE", "municipality": "Demo Kommune", "title": "Viste felter",
				  "year": 2021, "kind": "POLITICAL_STRATEGY", "periodFrom": "2021-01-01",
				  "focusAreas": [ { "title": "Tryghed", "goals": [ { "description": "Færre indbrud" } ] } ] }
				""".getBytes(StandardCharsets.UTF_8)));
		cycle.start("olivia", CycleDriver.calendar("VISTE", 2021));
		cycle.complete("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, KEY, Map.of());
		cycle.complete("anders", DraftingProcess.USER_TASK_COMMENT_DRAFT, KEY,
				Map.of("managementComment", "Fint udkast.\nHusk trivslen."));
		Task ready = cycle.taskFor("karen", DraftingProcess.USER_TASK_MARK_DRAFT_READY, KEY);

		try (Browser browser = Browser.open("tasklist-shown-fields")) {
			browser.signInToTasklist("http://localhost:" + port, "karen");
			open(browser, ready);
			assertThat((String) browser.script("return document.querySelector('textarea').value;"))
				.as("the management group's comment, shown").contains("Husk trivslen.");
			browser.click(By.xpath("//input[@type='checkbox']"));
			complete(browser, "draft-ready");
		}
		assertThat(tasks.createTaskQuery().taskId(ready.getId()).count()).as("the draft is marked ready").isZero();

		cycle.complete("rikke", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, KEY, Map.of("statement", "Fint."));
		cycle.complete("karen", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, KEY,
				Map.of("statementAnswer", "Tak."));
		cycle.decide("svend", KEY, DecisionOutcome.APPROVED_WITH_CHANGES, "Målet skærpes.");
		Task council = cycle.taskFor("ulrik", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, KEY);

		try (Browser browser = Browser.open("tasklist-shown-fields")) {
			browser.signInToTasklist("http://localhost:" + port, "ulrik");
			open(browser, council);
			assertThat((String) browser.script("return document.querySelector('textarea').value;"))
				.as("Økonomiudvalget's decision, shown").contains("Målet skærpes.");
			browser.click(By.xpath("//label[normalize-space(.)='Godkend']"));
			complete(browser, "council-decided");
		}
		assertThat(tasks.createTaskQuery().taskId(council.getId()).count()).as("Byrådet decided").isZero();
		assertThat(cycle.sees("karen", StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS, KEY)).isTrue();
	}

	private void open(Browser browser, Task task) {
		browser.go("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
		browser.click(By.xpath("//button[contains(., 'Tag opgaven')]"));
		browser.waitFor(By.xpath("//button[contains(., 'Afslut opgaven') and not(@disabled)]"));
	}

	private void complete(Browser browser, String name) throws Exception {
		browser.screenshot(name + "-filled");
		browser.click(By.xpath("//button[contains(., 'Afslut opgaven')]"));
		browser.waitUntilGone(By.xpath("//button[contains(., 'Afslut opgaven')]"));
		browser.screenshot(name);
	}

}
