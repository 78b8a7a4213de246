package dk.aarshjul.metrics;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.aarshjul.engine.EngineTables;
import dk.aarshjul.journal.JournalDeliveryProcess;
import dk.aarshjul.notification.NotificationProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the figures of {@link AarshjulGauges}: a fixed number of statements, each grouped or
 * counted in the database, however many plans run (MetricsStatementCountTests).
 */
@Component
class GaugeFigures {

	/** Camunda's own counters that tell an operator what the engine does. */
	static final List<String> ENGINE_METRICS = List.of(Metrics.ROOT_PROCESS_INSTANCE_START,
			Metrics.ACTIVTY_INSTANCE_START, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED,
			Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.EXECUTED_DECISION_ELEMENTS);

	private final JdbcTemplate jdbc;

	private final ManagementService management;

	private final RuntimeService runtime;

	private final Clock clock;

	GaugeFigures(JdbcTemplate jdbc, ManagementService management, RuntimeService runtime, Clock clock) {
		this.jdbc = jdbc;
		this.management = management;
		this.runtime = runtime;
		this.clock = clock;
	}

	record Figures(Map<String, Long> openTasks, Map<String, Long> overdueTasks, Map<String, Long> cycles,
			long mailsWaiting, long mailsFailed, long journalWaiting, long journalFailed, long incidents,
			Map<String, Long> engine) {
	}

	Figures read() {
		Map<String, Long> open = new HashMap<>();
		Map<String, Long> overdue = new HashMap<>();
		// the tasks of each running cycle and of the processes it called, by the cycle's phase
		jdbc.query(EngineTables.sql("""
				select c.current_phase, count(*), sum(case when t.DUE_DATE_ < ? then 1 else 0 end)
				from {tasks} t
				join {executions} e on e.ID_ = t.PROC_INST_ID_
				join strategy_cycle c on c.process_instance_id = e.ROOT_PROC_INST_ID_
				where c.current_phase is not null
				group by c.current_phase
				"""), row -> {
			open.put(row.getString(1), row.getLong(2));
			overdue.put(row.getString(1), row.getLong(3));
		}, Timestamp.from(clock.instant()));
		Map<String, Long> cycles = new HashMap<>();
		jdbc.query("select current_phase, count(*) from strategy_cycle where current_phase is not null"
				+ " group by current_phase", row -> {
					cycles.put(row.getString(1), row.getLong(2));
				});
		long mailsWaiting = count("select count(*) from notification where sent_at is null");
		long journalWaiting = count("select count(*) from journal_entry where status = 'PENDING'");
		long mailsFailed = management.createJobQuery()
			.processDefinitionKey(NotificationProcess.KEY)
			.noRetriesLeft()
			.count();
		long journalFailed = management.createJobQuery()
			.processDefinitionKey(JournalDeliveryProcess.KEY)
			.noRetriesLeft()
			.count();
		long incidents = runtime.createIncidentQuery().count();
		Map<String, Long> engine = new HashMap<>();
		for (String metric : ENGINE_METRICS) {
			engine.put(metric, management.createMetricsQuery().name(metric).sum());
		}
		return new Figures(open, overdue, cycles, mailsWaiting, mailsFailed, journalWaiting, journalFailed,
				incidents, engine);
	}

	private long count(String sql) {
		Long count = jdbc.queryForObject(sql, Long.class);
		return count == null ? 0 : count;
	}

}
