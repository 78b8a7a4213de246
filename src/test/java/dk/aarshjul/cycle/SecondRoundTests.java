package dk.aarshjul.cycle;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.aarshjul.approval.DecisionOutcome;
import dk.aarshjul.approval.PoliticalApprovalProcess;
import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.followup.FollowUpRoundProcess;
import dk.aarshjul.followup.TrafficLight;
import dk.aarshjul.overview.CycleRecord;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No traps in a decision that comes round again: Tasklist fills a Camunda Form from every
 * variable its task sees ({@code GET /task/{id}/form-variables}, which {@link FormService} answers),
 * so the second round must see no outcome chosen and the round before only in read-only fields.
 */
@H2Test
class SecondRoundTests {

	@Autowired
	CycleDriver cycle;

	@Autowired
	FormService forms;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	CycleRecord cycleRecord;

	@BeforeEach
	void moveClock() {
		cycle.moveClockTo(LocalDate.of(2026, 12, 1));
	}

	@AfterEach
	void resetClock() {
		cycle.resetClock();
	}

	@Test
	void everyDecisionOfASentBackPlanStartsAgainWithNothingChosen() {
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "RUNDE-POLITISK", "municipality": "Demo Kommune", "title": "<b>Grøn</b> *omstilling* & klima",
				  "year": 2055, "kind": "POLITICAL_STRATEGY", "periodFrom": "2055-01-01",
				  "focusAreas": [ { "title": "<script>alert('x')</script>Trivsel", "responsibleDirector": "karen",
				    "goals": [ { "description": "Sygefravær <5 %", "target": "[mål] _nu_" } ] } ] }
				""".getBytes(StandardCharsets.UTF_8)));
		cycle.start("olivia", CycleDriver.calendar("RUNDE-POLITISK", 2055));
		String key = "RUNDE-POLITISK-2055";

		cycle.complete("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key, Map.of());
		Task firstComment = cycle.taskFor("anders", DraftingProcess.USER_TASK_COMMENT_DRAFT, key);
		VariableMap firstCommentForm = forms.getTaskFormVariables(firstComment.getId());
		assertThat(firstCommentForm.get("planHeading")).as("HTML in the title stays text in the form's Markdown")
			.isEqualTo("&lt;b&gt;Grøn&lt;/b&gt; \\*omstilling\\* &amp; klima");
		assertThat(CycleVariables.PLAN_SUMMARY.from(firstCommentForm))
			.startsWith("**1. &lt;script&gt;alert\\('x'\\)&lt;/script&gt;Trivsel** (ansvarlig: Karen Dahl)")
			.contains("- Sygefravær &lt;5 % – \\[mål\\] \\_nu\\_")
			.doesNotContain("<");
		assertThat(firstCommentForm.get("previousManagementComment")).isNull();
		cycle.complete("anders", firstComment, DraftingProcess.Variables.MANAGEMENT_COMMENT.with("Første kommentar."));
		cycle.complete("karen", DraftingProcess.USER_TASK_MARK_DRAFT_READY, key,
				DraftingProcess.Variables.READY.with(false));
		cycle.complete("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key, Map.of());

		VariableMap secondComment = formOf("anders", DraftingProcess.USER_TASK_COMMENT_DRAFT, key);
		assertThat(DraftingProcess.Variables.MANAGEMENT_COMMENT.from(secondComment)).as("the new comment starts empty").isNull();
		assertThat(secondComment.get("previousManagementComment")).isEqualTo("Første kommentar.");
		cycle.complete("anders", DraftingProcess.USER_TASK_COMMENT_DRAFT, key,
				DraftingProcess.Variables.MANAGEMENT_COMMENT.with("Anden."));
		assertThat(DraftingProcess.Variables.MANAGEMENT_COMMENT.from(formOf("karen", DraftingProcess.USER_TASK_MARK_DRAFT_READY, key)))
			.as("the board reads this round's comment").isEqualTo("Anden.");
		cycle.complete("karen", DraftingProcess.USER_TASK_MARK_DRAFT_READY, key, DraftingProcess.Variables.READY.with(true));
		cycle.complete("rikke", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key,
				MedConsultationProcess.Variables.STATEMENT.with("Ok."));
		assertThat(formOf("karen", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, key)
			.get("previousStatementAnswer")).isNull();
		cycle.complete("karen", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, key,
				MedConsultationProcess.Variables.STATEMENT_ANSWER.with("Første svar.")
					.and(MedConsultationProcess.Variables.DRAFT_TO_ADJUST, false));

		cycle.decide("svend", key, DecisionOutcome.APPROVED_WITH_CHANGES, "Skærp målene for CO2.");
		VariableMap council = formOf("ulrik", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, key);
		assertThat(PoliticalApprovalProcess.Variables.DECISION.from(council)).as("Byrådet's decision is not Økonomiudvalget's").isNull();
		assertThat(PoliticalApprovalProcess.Variables.REASONING.from(council)).isNull();
		assertThat(council.get("earlierDecisions").toString()).contains("Skærp målene for CO2.");
		cycle.decide("ulrik", key, DecisionOutcome.SENT_BACK, "Mere om klimatilpasning.");

		cycle.draftReady(key);
		cycle.complete("rikke", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key,
				MedConsultationProcess.Variables.STATEMENT.with("Ok igen."));
		VariableMap secondAnswer = formOf("karen", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, key);
		assertThat(MedConsultationProcess.Variables.STATEMENT_ANSWER.from(secondAnswer)).isNull();
		assertThat(secondAnswer.get("previousStatementAnswer")).isEqualTo("Første svar.");
		cycle.complete("karen", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, key,
				MedConsultationProcess.Variables.STATEMENT_ANSWER.with("Andet svar."));

		VariableMap again = formOf("svend", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, key);
		assertThat(PoliticalApprovalProcess.Variables.DECISION.from(again)).as("after the redraft, nothing chosen").isNull();
		assertThat(PoliticalApprovalProcess.Variables.REASONING.from(again)).isNull();
		assertThat(again.get("earlierDecisions").toString()).contains("Skærp målene for CO2.")
			.contains("Mere om klimatilpasning.");
	}

	@Test
	void secondFollowUpReviewStartsEmptyAndShowsTheRoundBefore() {
		String key = "DEMO-STRATEGI-2056";
		cycle.untilTranslation("DEMO-STRATEGI", key, 2056, List.of("oekonomi"));
		String chief = cycle.chiefOf("oekonomi");
		Task write = cycle.taskFor(chief, UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-oekonomi");
		cycle.complete(chief, write, cycle.unitPlanOf(write, "Vi gør det."));
		cycle.complete(CycleDriver.reviewerOf("oekonomi"), UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN,
				key + "-oekonomi", UnitTranslationProcess.Variables.APPROVED.with(true));

		followUp(key, chief, LocalDate.of(2056, 6, 30));
		assertThat(formOf("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, key)
			.get("previousBoardStatusComment")).isNull();
		cycle.complete("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, key,
				Map.of("boardStatusComment", "Første halvår er grønt."));
		cycle.complete("tove", FollowUpRoundProcess.USER_TASK_NOTE_STATUS, key, Map.of("statusNoted", true));

		followUp(key, chief, LocalDate.of(2056, 12, 31));
		VariableMap second = formOf("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, key);
		assertThat(second.get("boardStatusComment")).isNull();
		assertThat(second.get("previousBoardStatusComment")).isEqualTo("Første halvår er grønt.");
		cycle.complete("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, key,
				Map.of("boardStatusComment", "Andet halvår: gult."));
		VariableMap noting = formOf("tove", FollowUpRoundProcess.USER_TASK_NOTE_STATUS, key);
		assertThat(noting.get("boardStatusComment")).as("Økonomiudvalget reads this round's status")
			.isEqualTo("Andet halvår: gult.");
		assertThat(noting.get("statusNoted")).isNull();
	}

	@Test
	void theCyclesOfTwoYearsOfOnePlanEachShowOnlyTheirOwnFollowUpRounds() {
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "TO-AAR", "municipality": "Demo Kommune", "title": "Én plan, to år",
				  "year": 2072, "kind": "ADMINISTRATIVE_STRATEGY", "periodFrom": "2072-01-01", "periodTo": "2073-12-31",
				  "focusAreas": [ { "title": "Trivsel", "responsibleDirector": "karen",
				    "goals": [ { "description": "Sygefravær under 5 %", "target": "5 %" } ] } ] }
				""".getBytes(StandardCharsets.UTF_8)));
		String chief = cycle.chiefOf("oekonomi");
		throughFirstRound("TO-AAR-2072", 2072, chief, "GREEN");
		throughFirstRound("TO-AAR-2073", 2073, chief, "RED");

		List<CycleRecord.Round> first = cycleRecord.of("TO-AAR-2072").orElseThrow().rounds();
		List<CycleRecord.Round> second = cycleRecord.of("TO-AAR-2073").orElseThrow().rounds();

		assertThat(first).extracting(CycleRecord.Round::periodEnd).containsExactly(LocalDate.of(2072, 6, 30));
		assertThat(first.get(0).goals()).singleElement()
			.satisfies(goal -> assertThat(goal.lights()).containsExactly(TrafficLight.GREEN));
		assertThat(second).extracting(CycleRecord.Round::periodEnd).containsExactly(LocalDate.of(2073, 6, 30));
		assertThat(second.get(0).goals()).singleElement()
			.satisfies(goal -> assertThat(goal.lights()).containsExactly(TrafficLight.RED));
	}

	/** A cycle of the plan through translation to its first follow-up round, the unit reporting one light. */
	private void throughFirstRound(String key, int year, String chief, String light) {
		cycle.untilTranslation("TO-AAR", key, year, List.of("oekonomi"));
		Task write = cycle.taskFor(chief, UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-oekonomi");
		cycle.complete(chief, write, cycle.unitPlanOf(write, "Vi gør det."));
		cycle.complete(CycleDriver.reviewerOf("oekonomi"), UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN,
				key + "-oekonomi", UnitTranslationProcess.Variables.APPROVED.with(true));
		cycle.startFollowUpRound(key, LocalDate.of(year, 6, 30));
		Task report = cycle.statusReportOf(key, "oekonomi");
		cycle.complete(chief, report, cycle.everyRow(report, "goal", Map.of("light", light, "comment", "Se handleplanen.")));
	}

	private void followUp(String key, String chief, LocalDate date) {
		cycle.startFollowUpRound(key, date);
		Task report = cycle.statusReportOf(key, "oekonomi");
		cycle.complete(chief, report, cycle.everyRow(report, "goal", Map.of("light", "GREEN")));
	}

	private VariableMap formOf(String user, String taskKey, String key) {
		return forms.getTaskFormVariables(cycle.taskFor(user, taskKey, key).getId());
	}

}
