package dk.aarshjul.cockpit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import dk.aarshjul.approval.PoliticalApprovalProcess;
import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.engine.EngineTables;
import dk.aarshjul.followup.FollowUpRoundProcess;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The plugin's list and heat map of a process the cycle calls, from where each of its running
 * instances waits (cycle/CalledProcessWaits): the order is an index range on the instances' lead
 * rows, the heat map one aggregate, and only the page's instances have their nodes and tasks read —
 * a fixed number of statements, whose cost follows the page, not the running plans nor the history.
 * An instance whose rows outlived it is no row (the join on the engine's runtime table).
 */
@Component
class CalledProcessQueries {

	/** The processes the strategy cycle calls: their instances' waits are kept. */
	static final Set<String> CALLED_KEYS = Set.of(DraftingProcess.KEY, MedConsultationProcess.KEY,
			PoliticalApprovalProcess.KEY, UnitTranslationProcess.KEY, FollowUpRoundProcess.KEY);

	private static final String RUNNING = EngineTables.sql("""
			from called_process_wait w
			join {executions} e on e.ID_ = w.process_instance_id
			where w.process_definition_id = :definition
			""");

	record Instance(String processInstanceId, String rootProcessInstanceId, String businessKey, String planCode,
			String planTitle, Integer year, Instant since) {
	}

	record Node(String processInstanceId, String activityId, String name, Instant since) {
	}

	record OpenTask(String processInstanceId, String id, String name, String assignee, Instant created,
			Timestamp due) {
	}

	record NodeHeat(String activityId, String name, int waiting, long averageSinceMillis, long earliestSinceMillis,
			int late) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	CalledProcessQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	int count(String processDefinitionId) {
		Integer count = jdbc.queryForObject("select count(*) " + RUNNING + " and w.instance_order is not null",
				new MapSqlParameterSource("definition", processDefinitionId), Integer.class);
		return count == null ? 0 : count;
	}

	/** A page of the running instances, most overdue first (earliest due date), then the longest waiting. */
	List<Instance> page(String processDefinitionId, int limit, long offset) {
		return jdbc.query(EngineTables.sql("""
				select w.process_instance_id, w.root_process_instance_id, w.instance_since_millis,
				  c.business_key, c.cycle_year, sp.code, sp.title
				from called_process_wait w
				join {executions} e on e.ID_ = w.process_instance_id
				left join strategy_cycle c on c.process_instance_id = w.root_process_instance_id
				left join strategy_plan sp on sp.id = c.plan_id
				where w.process_definition_id = :definition and w.instance_order is not null
				order by w.instance_order, w.instance_since_millis, w.process_instance_id
				limit :limit offset :offset
				"""), new MapSqlParameterSource("definition", processDefinitionId).addValue("limit", limit)
			.addValue("offset", offset), (rs, i) -> {
				int year = rs.getInt("cycle_year");
				return new Instance(rs.getString("process_instance_id"), rs.getString("root_process_instance_id"),
						rs.getString("business_key"), rs.getString("code"), rs.getString("title"),
						rs.wasNull() ? null : year, Instant.ofEpochMilli(rs.getLong("instance_since_millis")));
			});
	}

	/** The flow nodes the given instances wait in, the longest waiting first. */
	List<Node> nodes(Collection<String> processInstanceIds) {
		return jdbc.query("""
				select process_instance_id, activity_id, activity_name, since_millis from called_process_wait
				where process_instance_id in (:instances) order by since_millis, activity_id
				""", new MapSqlParameterSource("instances", processInstanceIds),
				(rs, i) -> new Node(rs.getString("process_instance_id"), rs.getString("activity_id"),
						rs.getString("activity_name"), Instant.ofEpochMilli(rs.getLong("since_millis"))));
	}

	/** The open tasks of the given instances (a called process calls none: its tasks are its own). */
	List<OpenTask> openTasks(Collection<String> processInstanceIds) {
		return jdbc.query(EngineTables.sql("""
				select PROC_INST_ID_ as instance_id, ID_ as id, NAME_ as name, ASSIGNEE_ as assignee,
				  CREATE_TIME_ as created, DUE_DATE_ as due
				from {tasks} where PROC_INST_ID_ in (:instances)
				"""), new MapSqlParameterSource("instances", processInstanceIds),
				(rs, i) -> new OpenTask(rs.getString("instance_id"), rs.getString("id"), rs.getString("name"),
						rs.getString("assignee"), rs.getTimestamp("created").toInstant(), rs.getTimestamp("due")));
	}

	/** Per flow node: how many instances wait there, since when on average and at the earliest, how many are late. */
	List<NodeHeat> heat(String processDefinitionId, Instant now) {
		return jdbc.query("""
				select w.activity_id, min(w.activity_name) as name, count(*) as waiting,
				  cast(avg(w.since_millis) as bigint) as average_since, min(w.since_millis) as earliest_since,
				  sum(case when w.next_due < :now then 1 else 0 end) as late
				""" + RUNNING + " group by w.activity_id order by min(w.since_millis)",
				new MapSqlParameterSource("definition", processDefinitionId).addValue("now", Timestamp.from(now)),
				(rs, i) -> new NodeHeat(rs.getString("activity_id"), rs.getString("name"), rs.getInt("waiting"),
						rs.getLong("average_since"), rs.getLong("earliest_since"), rs.getInt("late")));
	}

}
