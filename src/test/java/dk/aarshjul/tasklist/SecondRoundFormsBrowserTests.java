package dk.aarshjul.tasklist;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.aarshjul.approval.DecisionOutcome;
import dk.aarshjul.approval.PoliticalApprovalProcess;
import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleProcess;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.followup.FollowUpRoundProcess;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.system.Browser;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Camunda Forms of a decision's second round on a phone: the earlier round's read-only field
 * and every other label wrap instead of being cut off at 320 px. One of each: Byrådet deciding
 * after Økonomiudvalget, a unit plan reviewed again, the board's second status review.
 * Screenshots: {@code target/screenshots/second-round-forms/}.
 */
@H2Test
class SecondRoundFormsBrowserTests {

	private static final String PLAN = "LANGE-ETIKETTER";

	private static final int YEAR = 2057;

	private static final String KEY = PLAN + "-" + YEAR;

	private static final String UNIT = "oekonomi";

	@LocalServerPort
	int port;

	@Autowired
	CycleDriver cycle;

	@Autowired
	PlanTransfer transfer;

	@AfterEach
	void backToRealTime() {
		cycle.resetClock();
	}

	@Test
	void secondRoundLabelsWrapOnAPhone() throws Exception {
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "%s", "municipality": "Demo Kommune", "title": "Etiketter der skal ombrydes",
				  "year": %d, "kind": "POLITICAL_STRATEGY", "periodFrom": "%d-01-01",
				  "focusAreas": [ { "title": "Trivsel", "responsibleDirector": "karen",
				    "goals": [ { "description": "Mindre sygefravær", "dueDate": "%d-12-31" } ] } ] }
				""".formatted(PLAN, YEAR, YEAR, YEAR).getBytes(StandardCharsets.UTF_8)));
		cycle.moveClockTo(LocalDate.of(2026, 12, 1));
		cycle.start("olivia", CycleDriver.calendar(PLAN, YEAR));
		cycle.complete("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, KEY, Map.of());
		cycle.complete("anders", DraftingProcess.USER_TASK_COMMENT_DRAFT, KEY, Map.of("managementComment", "Fint."));
		cycle.complete("karen", DraftingProcess.USER_TASK_MARK_DRAFT_READY, KEY, DraftingProcess.Variables.READY.with(true));
		cycle.complete("rikke", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, KEY, Map.of("statement", "Ingen."));
		cycle.complete("karen", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, KEY,
				Map.of("statementAnswer", "Taget til efterretning."));
		cycle.decide("svend", KEY, DecisionOutcome.APPROVED_WITH_CHANGES, "Skærp målene for sygefraværet.");

		// each task is claimed in the browser, so no longer a candidate's task: handed in by its id
		Task council = cycle.taskFor("ulrik", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, KEY);
		try (Browser browser = Browser.open("second-round-forms")) {
			browser.signInToTasklist(url(""), "ulrik");
			check(browser, council, "decide-on-plan", "Field_2");
		}
		cycle.complete("ulrik", council, Map.of("decision", DecisionOutcome.APPROVED.name()));
		cycle.complete("karen", StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS, KEY,
				StrategyCycleProcess.Variables.TRANSLATING_UNITS.with(cycle.jsonOf(List.of(UNIT))));
		String chief = cycle.chiefOf(UNIT);
		Task write = cycle.taskFor(chief, UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, KEY + "-" + UNIT);
		cycle.complete(chief, write, cycle.unitPlanOf(write, "Vi gør det."));
		String reviewer = CycleDriver.reviewerOf(UNIT);
		cycle.complete(reviewer, UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, KEY + "-" + UNIT,
				UnitTranslationProcess.Variables.APPROVED.with(false).and(UnitTranslationProcess.Variables.REVIEW_REASON, "Skriv, hvor meget sygefraværet skal falde."));
		Task again = cycle.taskFor(chief, UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, KEY + "-" + UNIT);
		cycle.complete(chief, again, cycle.unitPlanOf(again, "Sygefraværet falder med et point."));
		Task review = cycle.taskFor(reviewer, UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, KEY + "-" + UNIT);
		try (Browser browser = Browser.open("second-round-forms-unit")) {
			browser.signInToTasklist(url(""), reviewer);
			check(browser, review, "review-unit-plan", "Field_previousReviewReason");
		}
		cycle.complete(reviewer, review, UnitTranslationProcess.Variables.APPROVED.with(true));

		followUp(chief, LocalDate.of(YEAR, 6, 30));
		cycle.complete("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, KEY,
				Map.of("boardStatusComment", "Første halvår er grønt."));
		cycle.complete("tove", FollowUpRoundProcess.USER_TASK_NOTE_STATUS, KEY, Map.of("statusNoted", true));
		followUp(chief, LocalDate.of(YEAR, 12, 31));
		try (Browser browser = Browser.open("second-round-forms-status")) {
			browser.signInToTasklist(url(""), "karen");
			check(browser, cycle.taskFor("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, KEY), "review-status",
					"Field_previousStatus");
		}
	}

	private void followUp(String chief, LocalDate date) {
		cycle.startFollowUpRound(KEY, date);
		Task report = cycle.statusReportOf(KEY, UNIT);
		cycle.complete(chief, report, cycle.everyRow(report, "goal", Map.of("light", "GREEN")));
	}

	/**
	 * The form at 1400 and 320 px, the earlier round's field in view: every label shows its whole
	 * text (nothing cut off or hidden behind an ellipsis) and stays inside the window.
	 * {@code earlierFieldId} is the form-js component id of the earlier round's field.
	 */
	private void check(Browser browser, Task task, String form, String earlierFieldId) throws Exception {
		browser.resize(1400, 1000);
		browser.go(url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
		browser.click(By.xpath("//button[contains(., 'Tag opgaven')]"));
		browser.waitFor(By.xpath("//button[contains(., 'Afslut opgaven') and not(@disabled)]"));
		browser.waitFor(By.cssSelector("textarea[id$=" + earlierFieldId + "]"));
		for (int width : new int[] { 1400, 320 }) {
			browser.resize(width, 1000);
			browser.script("document.querySelector(arguments[0]).scrollIntoView({block: 'center'});",
					"textarea[id$=" + earlierFieldId + "]");
			browser.screenshot(form + "-" + width);
			assertThat(cutLabels(browser)).as("%s at %d px: labels cut off", form, width).isEmpty();
			String label = (String) browser.script("""
					const field = document.querySelector(arguments[0]);
					return document.querySelector('label[for="' + field.id + '"]').textContent.trim();""",
					"textarea[id$=" + earlierFieldId + "]");
			assertThat(label).as("the earlier round's field has its label").isNotEmpty();
		}
	}

	/** The form's labels whose text is wider than their box, or that reach past the window's edge. */
	@SuppressWarnings("unchecked")
	private static List<String> cutLabels(Browser browser) {
		return (List<String>) browser.script("""
				const width = document.documentElement.clientWidth;
				return [...document.querySelectorAll('.fjs-container label, .fjs-container .fjs-form-field-label')]
				  .filter(label => label.getBoundingClientRect().width > 0)
				  .filter(label => label.scrollWidth > label.clientWidth + 1
				    || label.getBoundingClientRect().right > width + 1
				    || getComputedStyle(label).textOverflow === 'ellipsis' && getComputedStyle(label).whiteSpace === 'nowrap')
				  .map(label => '"' + label.textContent.trim() + '" (' + label.scrollWidth + ' > ' + label.clientWidth
				    + ' px, ' + getComputedStyle(label).whiteSpace + ', right ' + Math.round(label.getBoundingClientRect().right) + ')');
				""");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
