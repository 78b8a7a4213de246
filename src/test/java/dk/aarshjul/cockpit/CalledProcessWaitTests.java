package dk.aarshjul.cockpit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.CycleRescheduling;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.followup.FollowUpRoundProcess;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where each called process waits (cycle/CalledProcessWaits) stays what the engine's history says,
 * through every move: a drafting started with its cycle, a calendar change moving its due date, a
 * phase ended and the next begun, a hearing closed by its deadline (a task cancelled), a
 * translation per unit (multi-instance) and a unit done, a follow-up round that waits for its date
 * with no task. After each move the list and heat map of every called definition are compared with
 * what they were derived from before the waits were kept ({@link WaitingNow}, every unfinished
 * activity and task in history): the same instances, nodes, times and days late, in the order of the
 * earliest due date. On H2 and on PostgreSQL. Plans of its own (CPW-A, CPW-B), so the years are free.
 */
abstract class CalledProcessWaitTests {

	private static final int PAGE = 100;

	@Autowired
	CycleDriver cycle;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	StrategyPlanRepository plans;

	@Autowired
	CycleRescheduling rescheduling;

	@Autowired
	TaskService tasks;

	@Autowired
	RepositoryService repository;

	@Autowired
	WaitingCycles waiting;

	@Autowired
	FlowNodeHeat heat;

	@Autowired
	WaitingNow derived;

	@Autowired
	Lateness lateness;

	@AfterEach
	void backToRealTime() {
		cycle.resetClock();
	}

	@Test
	void theWaitsFollowEveryCalledProcessThroughEveryMove() {
		importPlan("CPW-A");
		String key = "CPW-A-2030";
		cycle.start("olivia", CycleDriver.calendar("CPW-A", 2030));
		Task draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key);
		WaitingCycles.Row drafting = rowOf(draft.getProcessDefinitionId(), key);
		assertThat(drafting.activityIds()).containsExactly(DraftingProcess.USER_TASK_DRAFT_PLAN);
		assertThat(drafting.phase()).isEqualTo("Udarbejd udkast");
		assertThat(drafting.tasks()).singleElement().satisfies(task -> {
			assertThat(task.taskId()).isEqualTo(draft.getId());
			assertThat(task.heldBy()).isEqualTo("Koncerndirektionen");
			assertThat(task.due()).isEqualTo(draft.getDueDate().toInstant());
		});
		assertEveryCalledDefinitionAsHistoryHasIt();

		rescheduling.move(key, "draftingDeadline", LocalDate.of(2030, 1, 8), "Direktionsmødet er rykket frem.",
				"olivia");
		Task moved = tasks.createTaskQuery().taskId(draft.getId()).singleResult();
		assertThat(moved.getDueDate()).as("the calendar moved the due date").isBefore(draft.getDueDate());
		assertThat(rowOf(draft.getProcessDefinitionId(), key).tasks().get(0).due())
			.isEqualTo(moved.getDueDate().toInstant());
		// two days past the new deadline: late, and first among the drafts
		cycle.moveClockTo(LocalDate.of(2030, 1, 10));
		WaitingCycles.Row late = rowOf(draft.getProcessDefinitionId(), key);
		assertThat(late.daysLate()).isEqualTo(2);
		assertEveryCalledDefinitionAsHistoryHasIt();

		cycle.draftReady(key);
		assertThat(waiting.of(draft.getProcessDefinitionId(), 0, PAGE).rows())
			.extracting(WaitingCycles.Row::businessKey)
			.as("the drafting ended")
			.doesNotContain(key);
		Task statement = cycle.taskFor("rikke", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key);
		assertThat(rowOf(statement.getProcessDefinitionId(), key).activityIds())
			.containsExactly(MedConsultationProcess.USER_TASK_GIVE_STATEMENT);
		assertEveryCalledDefinitionAsHistoryHasIt();

		// past the hearing's deadline: it closes without a statement and the board answers
		cycle.moveClockTo(LocalDate.of(2030, 2, 20));
		assertThat(tasks.createTaskQuery().taskId(statement.getId()).count()).as("the hearing closed").isZero();
		assertThat(rowOf(statement.getProcessDefinitionId(), key).activityIds())
			.containsExactly(MedConsultationProcess.USER_TASK_ANSWER_STATEMENT);
		assertEveryCalledDefinitionAsHistoryHasIt();
	}

	@Test
	void eachUnitsTranslationWaitsOnItsOwnAndTheFollowUpRoundWaitsForItsDate() {
		importPlan("CPW-B");
		String key = "CPW-B-2030";
		cycle.untilTranslation("CPW-B", key, 2030, List.of("job", "sundhed"));
		Task job = cycle.taskFor("dorthe", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-job");
		String translation = job.getProcessDefinitionId();
		List<WaitingCycles.Row> units = rowsOf(translation, key);
		assertThat(units).as("one instance per unit").hasSize(2)
			.allSatisfy(unit -> assertThat(unit.activityIds()).containsExactly(UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN));
		assertThat(units).flatExtracting(WaitingCycles.Row::tasks).extracting(WaitingCycles.OpenTask::heldBy)
			.allSatisfy(holder -> assertThat(holder).isNotBlank());
		assertEveryCalledDefinitionAsHistoryHasIt();

		for (String unit : List.of("job", "sundhed")) {
			Task plan = cycle.taskFor(cycle.chiefOf(unit), UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN,
					key + "-" + unit);
			Map<String, Object> answers = new HashMap<>(
					cycle.everyRow(plan, "focusArea", Map.of("action", "Vi gør det.", "notApplicable", false)));
			UnitTranslationProcess.Variables.LOCAL_MED_DISCUSSES.put(answers, false);
			cycle.complete(cycle.chiefOf(unit), plan, answers);
			assertEveryCalledDefinitionAsHistoryHasIt();
		}
		assertThat(rowsOf(translation, key)).extracting(row -> row.activityIds().get(0))
			.containsOnly(UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN);
		for (String unit : List.of("job", "sundhed")) {
			cycle.complete(CycleDriver.reviewerOf(unit), UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN,
					key + "-" + unit, UnitTranslationProcess.Variables.APPROVED.with(true));
		}
		assertThat(rowsOf(translation, key)).as("every unit translated").isEmpty();

		String followUp = repository.createProcessDefinitionQuery().processDefinitionKey(FollowUpRoundProcess.KEY)
			.latestVersion().singleResult().getId();
		assertThat(rowOf(followUp, key)).satisfies(round -> {
			assertThat(round.activityIds()).containsExactly(FollowUpRoundProcess.TIMER_EVENT_FOLLOW_UP_DATE);
			assertThat(round.tasks()).isEmpty();
			assertThat(round.daysLate()).isZero();
		});
		assertEveryCalledDefinitionAsHistoryHasIt();

		cycle.startFollowUpRound(key, LocalDate.of(2030, 6, 30));
		assertThat(rowOf(followUp, key).activityIds()).containsExactly(FollowUpRoundProcess.USER_TASK_REPORT_STATUS);
		assertThat(rowOf(followUp, key).tasks()).as("one status report per unit").hasSize(2);
		assertEveryCalledDefinitionAsHistoryHasIt();
	}

	private void importPlan(String code) {
		PlanDocument demo = transfer.export(plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId());
		transfer.importDocument(new PlanDocument(code, demo.municipality(), demo.title() + " " + code,
				demo.introduction(), 2030, demo.kind(), demo.periodFrom(), demo.periodTo(), demo.focusAreas()));
	}

	private WaitingCycles.Row rowOf(String definition, String businessKey) {
		List<WaitingCycles.Row> rows = rowsOf(definition, businessKey);
		assertThat(rows).as("rows of %s in %s", businessKey, definition).hasSize(1);
		return rows.get(0);
	}

	private List<WaitingCycles.Row> rowsOf(String definition, String businessKey) {
		return everyRow(definition).stream().filter(row -> businessKey.equals(row.businessKey())).toList();
	}

	private List<WaitingCycles.Row> everyRow(String definition) {
		List<WaitingCycles.Row> rows = new ArrayList<>();
		WaitingCycles.Page page;
		int number = 0;
		do {
			page = waiting.of(definition, number++, PAGE);
			rows.addAll(page.rows());
		}
		while (rows.size() < page.total() && !page.rows().isEmpty());
		assertThat(rows).as("every page of %s", definition).hasSize(page.total());
		return rows;
	}

	/** Every version of every called process, in the whole database, against what history says. */
	private void assertEveryCalledDefinitionAsHistoryHasIt() {
		for (ProcessDefinition definition : repository.createProcessDefinitionQuery()
			.processDefinitionKeyIn(CalledProcessQueries.CALLED_KEYS.toArray(String[]::new))
			.list()) {
			List<WaitingCycles.Row> rows = everyRow(definition.getId());
			Map<String, String> kept = new LinkedHashMap<>();
			rows.forEach(row -> kept.put(row.processInstanceId(), describe(new TreeSet<>(row.activityIds()).toString(),
					row.waitingSince(), row.daysLate())));
			Map<String, String> fromHistory = new LinkedHashMap<>();
			for (WaitingNow.Instance instance : derived.in(definition.getId())) {
				fromHistory.put(instance.processInstanceId(),
						describe(new TreeSet<>(instance.nodes().stream().map(WaitingNow.Node::activityId).toList()).toString(),
								instance.since(), instance.tasks().stream().map(HistoricTaskInstance::getDueDate)
									.mapToLong(lateness::daysLate).max().orElse(0)));
			}
			assertThat(kept).as("the waiting instances of %s", definition.getId()).isEqualTo(fromHistory);
			assertThat(rows).as("most overdue first, then the longest waiting").isSortedAccordingTo(
					Comparator.comparing(CalledProcessWaitTests::earliestDue).thenComparing(WaitingCycles.Row::waitingSince));

			Map<String, String> heatKept = new LinkedHashMap<>();
			heat.of(definition.getId()).forEach(node -> heatKept.put(node.activityId(),
					node.name() + ": " + node.waiting() + " waiting, " + node.late() + " late"));
			Map<String, String> heatFromHistory = new LinkedHashMap<>();
			Map<String, List<WaitingNow.Node>> byNode = new LinkedHashMap<>();
			derived.in(definition.getId()).forEach(instance -> instance.nodes()
				.forEach(node -> byNode.computeIfAbsent(node.activityId(), id -> new ArrayList<>()).add(node)));
			byNode.forEach((activityId, nodes) -> heatFromHistory.put(activityId, nodes.get(0).name() + ": "
					+ nodes.size() + " waiting, "
					+ nodes.stream().filter(node -> node.tasks().stream()
						.anyMatch(task -> lateness.daysLate(task.getDueDate()) > 0)).count() + " late"));
			assertThat(heatKept).as("the heat map of %s", definition.getId()).isEqualTo(heatFromHistory);
		}
	}

	private static String describe(String nodes, Instant since, long daysLate) {
		return nodes + " since " + since + ", " + daysLate + " days late";
	}

	private static Instant earliestDue(WaitingCycles.Row row) {
		return row.tasks().stream().map(WaitingCycles.OpenTask::due).filter(due -> due != null)
			.min(Comparator.naturalOrder()).orElse(Instant.MAX);
	}

}
