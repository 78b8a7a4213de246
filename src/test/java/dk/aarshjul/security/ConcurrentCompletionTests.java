package dk.aarshjul.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.approval.CommitteeDecision;
import dk.aarshjul.approval.CommitteeDecisionRepository;
import dk.aarshjul.approval.DecisionOutcome;
import dk.aarshjul.approval.PoliticalApprovalProcess;
import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleProcess;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.followup.FollowUpRoundProcess;
import dk.aarshjul.followup.StatusReportRepository;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.translation.UnitPlan;
import dk.aarshjul.translation.UnitPlanEntry;
import dk.aarshjul.translation.UnitPlanRepository;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people at work in the same instant, through Tasklist's REST calls. At the same task: one
 * wins, the other is told in Danish who got there first and when, and what is saved is the
 * winner's, whole — never a mix, never lost. At two tasks of the same round or cycle: both succeed,
 * although the engine records both in the same parent. Run on H2 and on PostgreSQL, whose locking
 * differs.
 */
abstract class ConcurrentCompletionTests {

	private static final String PLAN = "DEMO-STRATEGI";

	/** The year of the cycles on plans of their own; no other test uses it. */
	private static final int YEAR = 2087;

	/** Ten units: five pairs of them hand in at once. */
	static final List<String> UNITS = List.of("laering", "skoler", "dagtilbud", "job", "sundhed", "handicap",
			"faellesskab", "vaekst", "oekonomi", "hr");

	@Autowired
	TestRestTemplate web;

	@Autowired
	CycleDriver cycle;

	@Autowired
	CommitteeDecisionRepository decisions;

	@Autowired
	UnitPlanRepository unitPlans;

	@Autowired
	StatusReportRepository statusReports;

	@Autowired
	StrategyCycleRepository cycles;

	@Autowired
	StrategyPlanRepository plans;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	TaskService tasks;

	@Autowired
	TransactionTemplate transaction;

	private final ObjectMapper json = new ObjectMapper();

	@AfterEach
	void resetClock() {
		cycle.resetClock();
	}

	@Test
	void twoCommitteeMembersDecideTheSamePlanAtOnce() throws Exception {
		String key = "DEMO-STRATEGI-2083";
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2083));
		cycle.throughConsultation(key);
		Task decision = cycle.taskFor("svend", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, key);

		List<ResponseEntity<String>> answers = Race.of(
				() -> submit("svend", decision.getId(),
						PoliticalApprovalProcess.Variables.DECISION.with(DecisionOutcome.APPROVED)),
				() -> submit("tove", decision.getId(),
						PoliticalApprovalProcess.Variables.DECISION.with(DecisionOutcome.SENT_BACK)
							.and(PoliticalApprovalProcess.Variables.REASONING, "Målene skal skærpes.")));

		String winner = answers.get(0).getStatusCode().value() == 204 ? "svend" : "tove";
		assertOneWinsAndTheOtherIsToldWho(answers, winner.equals("svend") ? "Svend Madsen" : "Tove Winther");
		List<CommitteeDecision> recorded = decisions.findByPlanIdOrderByRecordedAtAsc(planOf(key))
			.stream()
			.filter(candidate -> candidate.getCycleYear() == 2083)
			.toList();
		assertThat(recorded).as("one decision, the winner's").hasSize(1);
		assertThat(recorded.get(0).getDecidedBy()).isEqualTo(winner);
	}

	@Test
	void twoLeadersSaveTheSameUnitPlanAtOnce() throws Exception {
		String key = "DEMO-STRATEGI-2082";
		cycle.untilTranslation(PLAN, key, 2082, List.of("job"));
		Task task = cycle.taskFor("dorthe", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-job");

		// Both forms are filled in before the race: reading the task while the other submits would race too.
		Map<String, Object> dorthes = cycle.everyRow(task, "focusArea",
				Map.of("action", "Dorthes indsats.", "notApplicable", false));
		Map<String, Object> emils = cycle.everyRow(task, "focusArea",
				Map.of("action", "Emils indsats.", "notApplicable", false));
		List<ResponseEntity<String>> answers = Race.of(() -> submit("dorthe", task.getId(), dorthes),
				() -> submit("emil", task.getId(), emils));

		boolean dortheWon = answers.get(0).getStatusCode().value() == 204;
		assertOneWinsAndTheOtherIsToldWho(answers, dortheWon ? "Dorthe Friis" : "Emil Vestergaard");
		String winner = dortheWon ? "Dorthes indsats." : "Emils indsats.";
		transaction.executeWithoutResult(status -> {
			UnitPlan saved = unitPlans.findByPlanIdAndUnitIdAndCycleYear(planOf(key), "job", 2082).orElseThrow();
			assertThat(saved.getEntries()).isNotEmpty()
				.extracting(UnitPlanEntry::getAction)
				.as("the winner's plan, whole")
				.containsOnly(winner);
		});
	}

	@Test
	void twoUnitPlansReviewedAtOnceAreBothApproved() throws Exception {
		for (String code : List.of("SAMTIDIG-GODKENDELSE-A", "SAMTIDIG-GODKENDELSE-B")) {
			String key = allUnitsTranslate(code, YEAR);
			UNITS.forEach(unit -> writeUnitPlan(key, unit));

			for (int pair = 0; pair < UNITS.size(); pair += 2) {
				List<ResponseEntity<String>> answers = Race.of(reviewOf(key, UNITS.get(pair)),
						reviewOf(key, UNITS.get(pair + 1)));
				assertThat(answers).as("%s", answers).extracting(answer -> answer.getStatusCode().value())
					.containsExactly(204, 204);
			}

			Long planId = planOf(key);
			assertThat(unitPlans.findByPlanId(planId)).filteredOn(unitPlan -> unitPlan.getCycleYear() == YEAR)
				.hasSize(UNITS.size())
				.allSatisfy(unitPlan -> assertThat(unitPlan.getStatus()).isEqualTo(UnitPlan.Status.APPROVED));
			assertThat(cycle.sees("karen", UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, key)).as("no review left").isFalse();
			assertThat(tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(FollowUpRoundProcess.USER_TASK_REPORT_STATUS)
				.count()).as("the cycle went on to follow-up once, not twice").isZero();
		}
	}

	@Test
	void twoUnitsHandInTheirStatusReportsAtOnceInBothRounds() throws Exception {
		String key = allUnitsTranslate("SAMTIDIG-STATUS", YEAR);
		UNITS.forEach(unit -> {
			writeUnitPlan(key, unit);
			cycle.complete(CycleDriver.reviewerOf(unit), UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN,
					key + "-" + unit,
					UnitTranslationProcess.Variables.APPROVED.with(true));
		});

		for (LocalDate round : List.of(LocalDate.of(YEAR, 6, 30), LocalDate.of(YEAR, 12, 31))) {
			cycle.startFollowUpRound(key, round);
			for (int pair = 0; pair < UNITS.size(); pair += 2) {
				List<ResponseEntity<String>> answers = Race.of(statusReportOf(key, UNITS.get(pair)),
						statusReportOf(key, UNITS.get(pair + 1)));
				assertThat(answers).as("%s", answers).extracting(answer -> answer.getStatusCode().value())
					.containsExactly(204, 204);
			}
			assertThat(statusReports.findByPlanIdOrderByPeriodEndAscUnitIdAsc(planOf(key)))
				.filteredOn(report -> report.getPeriodEnd().equals(round))
				.hasSize(UNITS.size());
			cycle.complete("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, key,
					Map.of("boardStatusComment", "Alt er grønt."));
			cycle.complete("tove", FollowUpRoundProcess.USER_TASK_NOTE_STATUS, key, Map.of("statusNoted", true));
		}
		assertThat(cycle.sees("karen", StrategyCycleProcess.USER_TASK_EVALUATE_PLAN, key)).isTrue();
	}

	@Test
	void aSecondTryOfACompletedTaskIsToldItWasRecorded() throws Exception {
		String key = planOfItsOwn("ANDET-FORSOG", YEAR);
		cycle.start("olivia", CycleDriver.calendar("ANDET-FORSOG", YEAR));
		cycle.draftReady(key);
		Task statement = cycle.taskFor("rikke", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key);
		Map<String, Object> form = MedConsultationProcess.Variables.STATEMENT.with("Hovedudvalget bakker op.");

		assertThat(submit("rikke", statement.getId(), form).getStatusCode().value()).isEqualTo(204);
		ResponseEntity<String> again = submit("rikke", statement.getId(), form);

		assertThat(again.getStatusCode().value()).isEqualTo(409);
		assertThat(again.getBody()).contains("Opgaven blev løst af dig den ").contains(" kl. ");
		ResponseEntity<String> other = submit("peter", statement.getId(), form);
		assertThat(other.getStatusCode().value()).isEqualTo(409);
		assertThat(other.getBody()).contains("Opgaven blev løst af Rikke Thomsen den ");
	}

	@Test
	void aTaskThatNeverExistedIsNotFoundInDanish() throws Exception {
		ResponseEntity<String> answer = submit("karen", "no-such-task",
				MedConsultationProcess.Variables.STATEMENT.with("Hej."));

		assertThat(answer.getStatusCode().value()).isEqualTo(404);
		assertThat(answer.getBody()).contains("Opgaven findes ikke");
	}

	/** A cycle of its own plan (so no other test's cycle shares its code and year), translated by every unit. */
	private String allUnitsTranslate(String code, int year) {
		String key = planOfItsOwn(code, year);
		cycle.untilTranslation(code, key, year, UNITS);
		return key;
	}

	/** The demo plan under a code of its own; answers the business key its cycle of the year will have. */
	private String planOfItsOwn(String code, int year) {
		if (plans.findByCodeAndYear(code, year).isEmpty()) {
			PlanDocument demo = transfer.export(plans.findByCodeAndYear(PLAN, 2017).orElseThrow().getId());
			transfer.importDocument(new PlanDocument(code, demo.municipality(), demo.title() + " " + code,
					demo.introduction(), year, demo.kind(), demo.periodFrom(), demo.periodTo(), demo.focusAreas()));
		}
		return code + "-" + year;
	}

	private void writeUnitPlan(String key, String unit) {
		String chief = cycle.chiefOf(unit);
		Task task = cycle.taskFor(chief, UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-" + unit);
		cycle.complete(chief, task, cycle.unitPlanOf(task, "Vi gør det konkret i " + unit + "."));
	}

	/** The review, read before the race starts; only the submission races. */
	private Callable<ResponseEntity<String>> reviewOf(String key, String unit) {
		String reviewer = CycleDriver.reviewerOf(unit);
		Task task = cycle.taskFor(reviewer, UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, key + "-" + unit);
		return () -> submit(reviewer, task.getId(), UnitTranslationProcess.Variables.APPROVED.with(true));
	}

	private Callable<ResponseEntity<String>> statusReportOf(String key, String unit) {
		Task task = cycle.statusReportOf(key, unit);
		Map<String, Object> report = cycle.everyRow(task, "goal", Map.of("light", "GREEN"));
		String chief = cycle.chiefOf(unit);
		return () -> submit(chief, task.getId(), report);
	}

	/** The plan version the cycle runs on (the newest of its code when it started). */
	private Long planOf(String key) {
		return transaction.execute(status -> cycles.findByBusinessKey(key).orElseThrow().getPlan().getId());
	}

	private static void assertOneWinsAndTheOtherIsToldWho(List<ResponseEntity<String>> answers, String winnerName) {
		assertThat(answers).extracting(answer -> answer.getStatusCode().value())
			.as("%s", answers)
			.containsExactlyInAnyOrder(204, 409);
		ResponseEntity<String> loser = answers.stream().filter(answer -> answer.getStatusCode().value() == 409)
			.findFirst()
			.orElseThrow();
		assertThat(loser.getBody()).contains("Opgaven blev løst af " + winnerName + " den ");
	}

	private ResponseEntity<String> submit(String user, String taskId, Map<String, Object> values) throws Exception {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((key, value) -> variables.put(key, CycleDriver.restValue(value)));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return web.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + taskId + "/submit-form",
				new HttpEntity<>(json.writeValueAsString(Map.of("variables", variables)), headers), String.class);
	}

}
