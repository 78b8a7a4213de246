package dk.aarshjul.cycle;

import java.util.List;
import java.util.Map;

import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.system.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The called processes that ran before V13 kept where they wait: at start-up the backfill writes
 * the same rows the task lifecycle would have, for every cycle in the database, and forgets the
 * rows of an instance that is gone. Plans of their own (BACKFILL-A, BACKFILL-B), so the years are free.
 */
@H2Test
class CalledProcessWaitBackfillTests {

	private static final String ROWS = """
			select process_instance_id, activity_id, root_process_instance_id, process_definition_id, activity_name,
			  since_millis, next_due, instance_order, instance_since_millis
			from called_process_wait order by process_instance_id, activity_id
			""";

	@Autowired
	CycleDriver cycle;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	StrategyPlanRepository plans;

	@Autowired
	CyclePositionBackfill backfill;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theBackfillWritesWhatTheLifecycleWouldHaveAndForgetsTheGone() {
		importPlan("BACKFILL-A");
		importPlan("BACKFILL-B");
		cycle.start("olivia", CycleDriver.calendar("BACKFILL-A", 2030));
		cycle.untilTranslation("BACKFILL-B", "BACKFILL-B-2030", 2030, List.of("job", "sundhed"));
		List<Map<String, Object>> kept = jdbc.queryForList(ROWS);
		assertThat(kept).extracting(row -> row.get("activity_id"))
			.contains("userTask_draftPlan", "userTask_writeUnitPlan");

		jdbc.update("delete from called_process_wait");
		jdbc.update("""
				insert into called_process_wait (process_instance_id, activity_id, root_process_instance_id,
				  process_definition_id, since_millis) values ('gone', 'userTask_draftPlan', 'gone', 'drafting:1:gone', 0)
				""");
		backfill.workOutTheMissing();

		assertThat(jdbc.queryForList(ROWS)).as("the rows worked out again").isEqualTo(kept);
	}

	private void importPlan(String code) {
		PlanDocument demo = transfer.export(plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId());
		transfer.importDocument(new PlanDocument(code, demo.municipality(), demo.title() + " " + code,
				demo.introduction(), 2030, demo.kind(), demo.periodFrom(), demo.periodTo(), demo.focusAreas()));
	}

}
