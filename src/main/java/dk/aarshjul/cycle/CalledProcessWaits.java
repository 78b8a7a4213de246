package dk.aarshjul.cycle;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.aarshjul.engine.EngineTables;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where each running instance of a process a cycle called waits, kept in called_process_wait
 * (V13): one row per flow node, since when and the earliest due date of its open tasks, the
 * instance's order on its longest-waiting node. Cockpit's list and heat map of a called
 * definition read these rows by an index instead of the definition's unfinished activities and
 * tasks in history. Worked out again per cycle (root process instance) from the runtime tables
 * and the unfinished activity instances of the cycle's called instances, in one read, one delete
 * and one batch insert whatever their number.
 */
@Component
class CalledProcessWaits {

	private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

	/**
	 * The unfinished flow nodes of the running process instances under the roots that are no cycle
	 * themselves, with the earliest due date of the node's open tasks. Containers (the process, an
	 * embedded subprocess) are no node; a multi-instance body and its inner instances are one.
	 */
	private static final String WAITING_NOW = EngineTables.sql("""
			select e.ID_ as instance_id, e.ROOT_PROC_INST_ID_ as root_id, e.PROC_DEF_ID_ as definition_id,
			  a.ACT_ID_ as activity_id, a.ACT_NAME_ as activity_name, a.START_TIME_ as started,
			  (select min(t.DUE_DATE_) from {tasks} t
			    where t.PROC_INST_ID_ = e.ID_ and t.TASK_DEF_KEY_ = a.ACT_ID_) as next_due
			from {executions} e
			join {historicActivities} a on a.PROC_INST_ID_ = e.ID_ and a.END_TIME_ is null
			where e.ROOT_PROC_INST_ID_ in (:roots) and e.ID_ = e.PROC_INST_ID_
			  and a.ACT_TYPE_ not in ('subProcess', 'processDefinition')
			  and not exists (select 1 from strategy_cycle c where c.process_instance_id = e.ID_)
			""");

	private static final String INSERT = """
			insert into called_process_wait (process_instance_id, activity_id, root_process_instance_id,
			  process_definition_id, activity_name, since_millis, next_due, instance_order, instance_since_millis)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private final NamedParameterJdbcTemplate jdbc;

	CalledProcessWaits(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Works out again where the called instances under the given root process instances wait; an
	 * instance that ended or was deleted loses its rows. Reads what the engine has written in this
	 * transaction, so it runs once the engine has flushed, with the cycles' rows locked
	 * (CyclePositions.lock) so that two engines moving one cycle write one after the other.
	 */
	void refresh(Collection<String> rootProcessInstanceIds) {
		if (rootProcessInstanceIds.isEmpty()) {
			return;
		}
		Map<String, Map<String, Node>> byInstance = new LinkedHashMap<>();
		jdbc.query(WAITING_NOW, new MapSqlParameterSource("roots", rootProcessInstanceIds), row -> {
			String activityId = row.getString("activity_id").replace(MULTI_INSTANCE_BODY, "");
			Node found = new Node(row.getString("instance_id"), activityId, row.getString("root_id"),
					row.getString("definition_id"), row.getString("activity_name"),
					row.getTimestamp("started").getTime(), row.getTimestamp("next_due"));
			byInstance.computeIfAbsent(found.instanceId(), id -> new LinkedHashMap<>())
				.merge(activityId, found, Node::with);
		});
		jdbc.update("delete from called_process_wait where root_process_instance_id in (:roots)",
				new MapSqlParameterSource("roots", rootProcessInstanceIds));
		List<Object[]> rows = new ArrayList<>();
		for (Map<String, Node> nodes : byInstance.values()) {
			List<Node> inOrder = nodes.values().stream()
				.sorted(Comparator.comparingLong(Node::since).thenComparing(Node::activityId))
				.toList();
			Timestamp earliestDue = inOrder.stream().map(Node::due).filter(due -> due != null)
				.min(Comparator.naturalOrder()).orElse(null);
			for (Node node : inOrder) {
				boolean lead = node == inOrder.get(0);
				rows.add(new Object[] { node.instanceId(), node.activityId(), node.rootId(), node.definitionId(),
						node.name(), node.since(), node.due(),
						lead ? (earliestDue != null ? earliestDue : CyclePositions.NO_DUE_DATE) : null,
						lead ? node.since() : null });
			}
		}
		if (!rows.isEmpty()) {
			jdbc.getJdbcTemplate().batchUpdate(INSERT, rows, new int[] { Types.VARCHAR, Types.VARCHAR,
					Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.TIMESTAMP, Types.TIMESTAMP,
					Types.BIGINT });
		}
	}

	/**
	 * The cycles (root process instances) with a running called instance that has no row, after the
	 * given one in their order: those that ran before V13, or whose called instance waits where no
	 * flow node has begun (an asynchronous continuation; they are passed over, by the order).
	 */
	List<String> rootsNotWorkedOut(String after, int most) {
		return jdbc.queryForList(EngineTables.sql("""
				select distinct e.ROOT_PROC_INST_ID_ from {executions} e
				where e.ID_ = e.PROC_INST_ID_ and e.ID_ <> e.ROOT_PROC_INST_ID_ and e.ROOT_PROC_INST_ID_ > :after
				  and not exists (select 1 from called_process_wait w where w.process_instance_id = e.ID_)
				order by e.ROOT_PROC_INST_ID_ limit :most
				"""), new MapSqlParameterSource("after", after).addValue("most", most), String.class);
	}

	/** Rows of instances that are gone without a task event (deleted with custom listeners skipped). */
	void forgetTheGone() {
		jdbc.update(EngineTables.sql("""
				delete from called_process_wait where not exists
				  (select 1 from {executions} e where e.ID_ = called_process_wait.process_instance_id)
				"""), new MapSqlParameterSource());
	}

	/** A flow node an instance waits in; a multi-instance body and its instances merge into one. */
	private record Node(String instanceId, String activityId, String rootId, String definitionId, String name,
			long since, Timestamp due) {

		Node with(Node other) {
			Timestamp earlier = due == null ? other.due : other.due == null || due.before(other.due) ? due : other.due;
			return new Node(instanceId, activityId, rootId, definitionId, name != null ? name : other.name,
					Math.min(since, other.since), earlier);
		}

	}

}
