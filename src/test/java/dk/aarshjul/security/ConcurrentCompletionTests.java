package dk.aarshjul.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.approval.CommitteeDecision;
import dk.aarshjul.approval.CommitteeDecisionRepository;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.translation.UnitPlan;
import dk.aarshjul.translation.UnitPlanEntry;
import dk.aarshjul.translation.UnitPlanRepository;
import org.camunda.bpm.engine.task.Task;
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
 * Two people at the same task in the same instant, through Tasklist's REST calls: one wins, the
 * other is told in Danish that somebody got there first, and what is saved is the winner's,
 * whole — never a mix, never lost. Run on H2 and on PostgreSQL, whose locking differs.
 */
abstract class ConcurrentCompletionTests {

	private static final String PLAN = "DEMO-STRATEGI";

	@Autowired
	TestRestTemplate web;

	@Autowired
	CycleDriver cycle;

	@Autowired
	CommitteeDecisionRepository decisions;

	@Autowired
	UnitPlanRepository unitPlans;

	@Autowired
	StrategyCycleRepository cycles;

	@Autowired
	TransactionTemplate transaction;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void twoCommitteeMembersDecideTheSamePlanAtOnce() throws Exception {
		String key = "DEMO-STRATEGI-2083";
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2083));
		cycle.throughConsultation(key);
		Task decision = cycle.taskFor("svend", "userTask_decideOnPlan", key);

		List<ResponseEntity<String>> answers = race(
				() -> submit("svend", decision.getId(), Map.of("decision", "APPROVED")),
				() -> submit("tove", decision.getId(),
						Map.of("decision", "SENT_BACK", "reasoning", "Målene skal skærpes.")));

		assertOneWinsAndTheOtherIsToldInDanish(answers);
		List<CommitteeDecision> recorded = decisions.findByPlanIdOrderByRecordedAtAsc(planOf(key))
			.stream()
			.filter(candidate -> candidate.getCycleYear() == 2083)
			.toList();
		assertThat(recorded).as("one decision, the winner's").hasSize(1);
		String winner = answers.get(0).getStatusCode().value() == 204 ? "svend" : "tove";
		assertThat(recorded.get(0).getDecidedBy()).isEqualTo(winner);
	}

	@Test
	void twoLeadersSaveTheSameUnitPlanAtOnce() throws Exception {
		String key = "DEMO-STRATEGI-2082";
		cycle.untilTranslation(PLAN, key, 2082, List.of("job"));
		Task task = cycle.taskFor("dorthe", "userTask_writeUnitPlan", key + "-job");

		// Both forms are filled in before the race: reading the task while the other submits would race too.
		Map<String, Object> dorthes = cycle.everyRow(task, "focusArea",
				Map.of("action", "Dorthes indsats.", "notApplicable", false));
		Map<String, Object> emils = cycle.everyRow(task, "focusArea",
				Map.of("action", "Emils indsats.", "notApplicable", false));
		List<ResponseEntity<String>> answers = race(() -> submit("dorthe", task.getId(), dorthes),
				() -> submit("emil", task.getId(), emils));

		assertOneWinsAndTheOtherIsToldInDanish(answers);
		String winner = answers.get(0).getStatusCode().value() == 204 ? "Dorthes indsats." : "Emils indsats.";
		transaction.executeWithoutResult(status -> {
			UnitPlan saved = unitPlans.findByPlanIdAndUnitIdAndCycleYear(planOf(key), "job", 2082).orElseThrow();
			assertThat(saved.getEntries()).isNotEmpty()
				.extracting(UnitPlanEntry::getAction)
				.as("the winner's plan, whole")
				.containsOnly(winner);
		});
	}

	/** The plan version the cycle runs on (the newest of its code when it started). */
	private Long planOf(String key) {
		return transaction.execute(status -> cycles.findByBusinessKey(key).orElseThrow().getPlan().getId());
	}

	private static void assertOneWinsAndTheOtherIsToldInDanish(List<ResponseEntity<String>> answers) {
		assertThat(answers).extracting(answer -> answer.getStatusCode().value())
			.as("%s", answers)
			.containsExactlyInAnyOrder(204, 409);
		ResponseEntity<String> loser = answers.stream().filter(answer -> answer.getStatusCode().value() == 409)
			.findFirst()
			.orElseThrow();
		assertThat(loser.getBody()).contains("Opgaven er allerede løst, taget eller ændret af en anden");
	}

	@SafeVarargs
	private static List<ResponseEntity<String>> race(Callable<ResponseEntity<String>>... contenders) throws Exception {
		CyclicBarrier start = new CyclicBarrier(contenders.length);
		ExecutorService pool = Executors.newFixedThreadPool(contenders.length);
		try {
			List<Future<ResponseEntity<String>>> running = new ArrayList<>();
			for (Callable<ResponseEntity<String>> contender : contenders) {
				running.add(pool.submit(() -> {
					start.await();
					return contender.call();
				}));
			}
			List<ResponseEntity<String>> answers = new ArrayList<>();
			for (Future<ResponseEntity<String>> answer : running) {
				answers.add(answer.get());
			}
			return answers;
		}
		finally {
			pool.shutdown();
		}
	}

	private ResponseEntity<String> submit(String user, String taskId, Map<String, Object> values) throws Exception {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((key, value) -> variables.put(key, Map.of("value", value)));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return web.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + taskId + "/submit-form",
				new HttpEntity<>(json.writeValueAsString(Map.of("variables", variables)), headers), String.class);
	}

}
