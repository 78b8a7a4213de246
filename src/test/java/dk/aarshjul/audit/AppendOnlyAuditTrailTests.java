package dk.aarshjul.audit;

import java.util.List;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Somebody with a database connection — a script, a console, a bug — tries to rewrite or
 * remove what the audit trail says. The database itself refuses; a correction is a new entry.
 * Run on H2 and on PostgreSQL, whose triggers are written differently.
 */
abstract class AppendOnlyAuditTrailTests {

	private static final String KEY = "DEMO-STRATEGI-2047";

	private static final String REFUSAL = "Revisionssporet kan ikke ændres eller slettes";

	@Autowired
	CycleDriver cycle;

	@Autowired
	StrategyCycleRepository cycles;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDatabaseRefusesToChangeOrDeleteAnEntryButTakesACorrection() {
		cycle.start("olivia", CycleDriver.calendar("DEMO-STRATEGI", 2047));
		Long cycleId = cycles.findByBusinessKey(KEY).orElseThrow().getId();
		List<Long> before = entryIds(cycleId);
		assertThat(before).as("the start is on the trail").isNotEmpty();
		Long first = before.get(0);
		String actor = jdbc.queryForObject("select actor from audit_entry where id = ?", String.class, first);

		assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'mallory' where id = ?", first))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining(REFUSAL);
		assertThatThrownBy(() -> jdbc.update("delete from audit_entry where cycle_id = ?", cycleId))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining(REFUSAL);
		assertThat(jdbc.queryForObject("select actor from audit_entry where id = ?", String.class, first))
			.isEqualTo(actor);

		trail.record(cycleId, "olivia", AuditAction.CYCLE_STARTED, "Rettelse", "Startet af Olivia, ikke af Karen.");
		assertThat(entryIds(cycleId)).as("the correction is added, nothing removed")
			.hasSize(before.size() + 1)
			.containsAll(before);
	}

	private List<Long> entryIds(Long cycleId) {
		return jdbc.queryForList("select id from audit_entry where cycle_id = ? order by id", Long.class, cycleId);
	}

}
