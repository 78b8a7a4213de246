package dk.aarshjul.cycle;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.system.H2Test;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each cycle's position on its row (phase, open tasks, earliest due date, the overview's order)
 * stays what the engine's runtime tables say, through every move: a task done, a phase begun, a
 * hearing closed by its deadline (a task cancelled), a date of the calendar moved, escalations, a
 * multi-instance translation and the cycle's end. After each move every cycle in the database is
 * compared with what the engine has, not only the ones this test moved. Plans of its own
 * (POSITION-A, POSITION-B), so the years are free.
 */
@H2Test
class CyclePositionTests {

	@Autowired
	CycleDriver cycle;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	StrategyPlanRepository plans;

	@Autowired
	CycleRescheduling rescheduling;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NamedParameterJdbcTemplate named;

	@AfterEach
	void backToRealTime() {
		cycle.resetClock();
	}

	@Test
	void thePositionFollowsTheCycleThroughEveryMoveAndEndsWithIt() {
		importPlan("POSITION-A");
		ProcessInstance instance = cycle.start("olivia", CycleDriver.calendar("POSITION-A", 2030));
		String key = "POSITION-A-2030";
		Task draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key);
		Map<String, Object> position = positionOf(key);
		assertThat(position.get("current_phase")).isEqualTo(StrategyCycleProcess.CALL_ACTIVITY_DRAFTING);
		assertThat(position.get("open_tasks")).isEqualTo(1);
		assertThat(((Timestamp) position.get("next_due")).getTime()).isEqualTo(draft.getDueDate().getTime());
		assertThat(position.get("overview_order")).isEqualTo(position.get("next_due"));
		assertThat((Long) position.get("phase_since_millis")).isPositive();
		assertEveryPositionAsTheEngineHasIt();

		cycle.draftReady(key);
		assertThat(positionOf(key).get("current_phase")).isEqualTo(StrategyCycleProcess.CALL_ACTIVITY_MED_CONSULTATION);
		assertEveryPositionAsTheEngineHasIt();

		Task statement = cycle.taskFor("rikke", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key);
		rescheduling.move(key, "consultationDeadline", LocalDate.of(2030, 2, 8), "Hovedudvalget mødes senere.",
				"olivia");
		Task moved = tasks.createTaskQuery().taskId(statement.getId()).singleResult();
		assertThat(moved.getDueDate()).as("the calendar moved the due date").isAfter(statement.getDueDate());
		assertThat(((Timestamp) positionOf(key).get("next_due")).getTime()).isEqualTo(moved.getDueDate().getTime());
		assertEveryPositionAsTheEngineHasIt();

		// past the deadline: reminders and escalations run, the hearing closes without a statement
		cycle.moveClockTo(LocalDate.of(2030, 2, 20));
		assertThat(tasks.createTaskQuery().taskId(statement.getId()).count()).as("the hearing closed").isZero();
		Task answer = cycle.taskFor("karen", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, key);
		assertThat(((Timestamp) positionOf(key).get("next_due")).getTime())
			.isEqualTo(answer.getDueDate() == null ? null : answer.getDueDate().getTime());
		assertEveryPositionAsTheEngineHasIt();

		runtime.deleteProcessInstance(instance.getId(), "Stoppet i test");
		position = positionOf(key);
		assertThat(position.get("current_phase")).as("ended: in no phase").isNull();
		assertThat(position.get("overview_order")).as("ended: not on the overview").isNull();
		assertThat(position.get("open_tasks")).isEqualTo(0);
		assertEveryPositionAsTheEngineHasIt();
	}

	@Test
	void aTranslationCountsTheTasksOfEveryUnitAndTheMostOverdueOfThem() {
		importPlan("POSITION-B");
		String key = "POSITION-B-2030";
		cycle.untilTranslation("POSITION-B", key, 2030, List.of("job", "sundhed"));
		Map<String, Object> position = positionOf(key);
		assertThat(position.get("current_phase")).isEqualTo(StrategyCycleProcess.CALL_ACTIVITY_UNIT_TRANSLATION);
		assertThat(position.get("open_tasks")).as("one task per translating unit").isEqualTo(2);
		assertEveryPositionAsTheEngineHasIt();
	}

	private void importPlan(String code) {
		PlanDocument demo = transfer.export(plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId());
		transfer.importDocument(new PlanDocument(code, demo.municipality(), demo.title() + " " + code,
				demo.introduction(), 2030, demo.kind(), demo.periodFrom(), demo.periodTo(), demo.focusAreas()));
	}

	private Map<String, Object> positionOf(String businessKey) {
		return jdbc.queryForMap("select current_phase, phase_since_millis, open_tasks, next_due, overview_order"
				+ " from strategy_cycle where business_key = ?", businessKey);
	}

	/** What the overview derived on every request before the position was kept: from the runtime tables. */
	private void assertEveryPositionAsTheEngineHasIt() {
		List<Map<String, Object>> differing = named.queryForList("""
				select c.business_key, c.current_phase, c.open_tasks, c.next_due, c.overview_order, d.phase, d.open_tasks,
				  d.next_due from strategy_cycle c
				join (select c2.id,
				    (select min(replace(e.ACT_ID_, '#multiInstanceBody', '')) from ACT_RU_EXECUTION e
				      where e.PROC_INST_ID_ = c2.process_instance_id and e.ACT_ID_ in (:phases)) as phase,
				    (select count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
				      where e.ROOT_PROC_INST_ID_ = c2.process_instance_id) as open_tasks,
				    (select min(t.DUE_DATE_) from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
				      where e.ROOT_PROC_INST_ID_ = c2.process_instance_id) as next_due
				  from strategy_cycle c2 where c2.process_instance_id is not null) d on d.id = c.id
				where coalesce(c.current_phase, '-') <> coalesce(d.phase, '-')
				  or coalesce(c.open_tasks, -1) <> d.open_tasks
				  or coalesce(c.next_due, :never) <> coalesce(d.next_due, :never)
				  or coalesce(c.overview_order, :never) <> case when d.phase is null then :never
				    else coalesce(d.next_due, :noDueDate) end
				""", new MapSqlParameterSource("phases", CyclePhases.ACTIVITIES)
			.addValue("never", Timestamp.valueOf("1900-01-01 00:00:00"))
			.addValue("noDueDate", CyclePositions.NO_DUE_DATE));
		assertThat(differing).as("cycles whose position differs from the engine's").isEmpty();
	}

}
