package dk.aarshjul.cockpit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import dk.aarshjul.engine.EngineTables;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The plugin's list and heat map of the strategy cycle's definition, from the position each cycle
 * keeps on its row (cycle/CyclePositions, the overview's too): the order is the overview's index,
 * the heat map one aggregate, and only the page's cycles have their tasks read — a fixed number
 * of statements, whose cost follows the page, not the running plans nor the history.
 */
@Component
class CyclePositionQueries {

	/** The running cycles of one version of the model: the instance is in its runtime table. */
	private static final String RUNNING = EngineTables.sql("""
			from strategy_cycle c
			join {executions} e on e.ID_ = c.process_instance_id
			where c.overview_order is not null and e.PROC_DEF_ID_ = :definition
			""");

	record Cycle(String processInstanceId, String businessKey, String planCode, String planTitle, int year,
			String phase, Instant phaseSince) {
	}

	record OpenTask(String rootProcessInstanceId, String id, String name, String assignee, Instant created,
			Timestamp due) {
	}

	record PhaseHeat(String phase, int waiting, long averageSinceMillis, long earliestSinceMillis, int late) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	CyclePositionQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The key of the definition (strategyCycle, drafting …), or null for none. */
	String keyOf(String processDefinitionId) {
		return jdbc.queryForList(EngineTables.sql("select KEY_ from {processDefinitions} where ID_ = :id"),
				new MapSqlParameterSource("id", processDefinitionId), String.class)
			.stream()
			.findFirst()
			.orElse(null);
	}

	int count(String processDefinitionId) {
		Integer count = jdbc.queryForObject("select count(*) " + RUNNING,
				new MapSqlParameterSource("definition", processDefinitionId), Integer.class);
		return count == null ? 0 : count;
	}

	/** A page of the running cycles, most overdue first (the overview's order). */
	List<Cycle> page(String processDefinitionId, int limit, long offset) {
		return jdbc.query(EngineTables.sql("""
				select c.process_instance_id, c.business_key, sp.code, sp.title, c.cycle_year, c.current_phase,
				  c.phase_since_millis
				from strategy_cycle c
				join {executions} e on e.ID_ = c.process_instance_id
				join strategy_plan sp on sp.id = c.plan_id
				where c.overview_order is not null and e.PROC_DEF_ID_ = :definition
				order by c.overview_order, c.business_key limit :limit offset :offset
				"""), new MapSqlParameterSource("definition", processDefinitionId).addValue("limit", limit)
			.addValue("offset", offset),
				(rs, i) -> new Cycle(rs.getString("process_instance_id"), rs.getString("business_key"),
						rs.getString("code"), rs.getString("title"), rs.getInt("cycle_year"), rs.getString("current_phase"),
						Instant.ofEpochMilli(rs.getLong("phase_since_millis"))));
	}

	/** The open tasks of the given cycles and of the processes they called. */
	List<OpenTask> openTasks(Collection<String> rootProcessInstanceIds) {
		return jdbc.query(EngineTables.sql("""
				select e.ROOT_PROC_INST_ID_ as root_id, t.ID_ as id, t.NAME_ as name, t.ASSIGNEE_ as assignee,
				  t.CREATE_TIME_ as created, t.DUE_DATE_ as due
				from {tasks} t
				join {executions} e on e.ID_ = t.PROC_INST_ID_
				where e.ROOT_PROC_INST_ID_ in (:roots)
				"""), new MapSqlParameterSource("roots", rootProcessInstanceIds),
				(rs, i) -> new OpenTask(rs.getString("root_id"), rs.getString("id"), rs.getString("name"),
						rs.getString("assignee"), rs.getTimestamp("created").toInstant(), rs.getTimestamp("due")));
	}

	/** Per phase: how many cycles wait there, since when on average and at the earliest, and how many are late. */
	List<PhaseHeat> heat(String processDefinitionId, Instant now) {
		return jdbc.query("""
				select c.current_phase as phase, count(*) as waiting,
				  cast(avg(c.phase_since_millis) as bigint) as average_since, min(c.phase_since_millis) as earliest_since,
				  sum(case when c.next_due < :now then 1 else 0 end) as late
				""" + RUNNING + " group by c.current_phase", new MapSqlParameterSource("definition", processDefinitionId)
			.addValue("now", Timestamp.from(now)),
				(rs, i) -> new PhaseHeat(rs.getString("phase"), rs.getInt("waiting"), rs.getLong("average_since"),
						rs.getLong("earliest_since"), rs.getInt("late")));
	}

}
