package dk.aarshjul.cycle;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import dk.aarshjul.engine.EngineTables;
import dk.aarshjul.engine.EngineTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where each cycle is, kept on its own row (V11): its phase and since when, how many tasks are
 * open in it and the processes it called, and the earliest due date among them. The overview and
 * Cockpit sort, count and page the running cycles by these columns (an index range scan) instead
 * of deriving them from every running execution and task on each request. Worked out again from
 * Camunda's runtime tables, for the cycles named, in two statements whatever their number.
 */
@Component
public class CyclePositions {

	/** The order of a cycle in a phase whose tasks have no due date: after every real date. */
	public static final Timestamp NO_DUE_DATE = Timestamp.valueOf("9999-12-31 00:00:00");

	private static final String WHERE_NOW = EngineTables.sql("""
			select c.process_instance_id as root, c.current_phase as was_phase, c.phase_since_millis as was_since,
			  (select min(replace(e.ACT_ID_, '#multiInstanceBody', '')) from {executions} e
			    where e.PROC_INST_ID_ = c.process_instance_id and e.ACT_ID_ in (:phases)) as phase,
			  (select min(a.START_TIME_) from {historicActivities} a
			    where a.PROC_INST_ID_ = c.process_instance_id and a.END_TIME_ is null
			      and a.ACT_ID_ in (:phases)) as entered,
			  (select count(*) from {tasks} t join {executions} e on e.ID_ = t.PROC_INST_ID_
			    where e.ROOT_PROC_INST_ID_ = c.process_instance_id) as open_tasks,
			  (select min(t.DUE_DATE_) from {tasks} t join {executions} e on e.ID_ = t.PROC_INST_ID_
			    where e.ROOT_PROC_INST_ID_ = c.process_instance_id) as next_due
			from strategy_cycle c where c.process_instance_id in (:roots)
			""");

	private static final String UPDATE = """
			update strategy_cycle set current_phase = ?, phase_since_millis = ?, open_tasks = ?, next_due = ?,
			  overview_order = ? where process_instance_id = ?
			""";

	private final NamedParameterJdbcTemplate jdbc;

	CyclePositions(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the rows of the cycles whose process instances are given until the transaction ends:
	 * two transactions (two engines) that move one cycle then work out its positions one after the
	 * other, the second reading what the first committed. An update of a column that is no key, not
	 * {@code select … for update}: on PostgreSQL that would wait for every transaction that inserted
	 * a row referring to the cycle (its key-share lock), and two such hand-ins deadlocked.
	 */
	void lock(Collection<String> rootProcessInstanceIds) {
		if (!rootProcessInstanceIds.isEmpty()) {
			jdbc.update("update strategy_cycle set open_tasks = open_tasks where process_instance_id in (:roots)",
					new MapSqlParameterSource("roots", rootProcessInstanceIds));
		}
	}

	/**
	 * Works out again where the cycles whose process instances are given are; instances that are no
	 * cycle are passed over. Reads what the engine has written in this transaction, so it runs once
	 * the engine has flushed (see CyclePositionTracking).
	 */
	public void refresh(Collection<String> rootProcessInstanceIds) {
		if (rootProcessInstanceIds.isEmpty()) {
			return;
		}
		long now = EngineTime.now().getTime();
		List<Position> updates = new ArrayList<>();
		jdbc.query(WHERE_NOW, new MapSqlParameterSource("roots", rootProcessInstanceIds)
			.addValue("phases", CyclePhases.ACTIVITIES), row -> {
				String phase = row.getString("phase");
				Long since = null;
				if (phase != null) {
					long wasSince = row.getLong("was_since");
					boolean known = !row.wasNull() && Objects.equals(phase, row.getString("was_phase"));
					Timestamp entered = row.getTimestamp("entered");
					since = known ? wasSince : entered != null ? entered.getTime() : now;
				}
				Timestamp due = row.getTimestamp("next_due");
				updates.add(new Position(row.getString("root"), phase, since, row.getInt("open_tasks"), due));
			});
		if (!updates.isEmpty()) {
			jdbc.getJdbcTemplate().batchUpdate(UPDATE, updates, updates.size(), (statement, position) -> {
				statement.setString(1, position.phase());
				if (position.since() == null) {
					statement.setNull(2, Types.BIGINT);
				}
				else {
					statement.setLong(2, position.since());
				}
				statement.setInt(3, position.openTasks());
				statement.setTimestamp(4, position.nextDue());
				statement.setTimestamp(5, position.phase() == null ? null
						: position.nextDue() != null ? position.nextDue() : NO_DUE_DATE);
				statement.setString(6, position.root());
			});
		}
	}

	private record Position(String root, String phase, Long since, int openTasks, Timestamp nextDue) {
	}

	/** The process instances of the cycles not worked out yet (rows from before V11). */
	List<String> notWorkedOut(int most) {
		return jdbc.queryForList("""
				select process_instance_id from strategy_cycle
				where open_tasks is null and process_instance_id is not null order by id limit :most
				""", new MapSqlParameterSource("most", most), String.class);
	}

}
