package dk.aarshjul.engine;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine's own tables, for the few reads the public API makes one statement per row. The read
 * models of the overview, Cockpit, work lists and metrics join them with Årshjul's tables by these
 * names; which of their columns they read is written in those queries.
 */
@Component
public class EngineTables {

	/** The open tasks. */
	public static final String TASKS = "ACT_RU_TASK";

	/** The running executions, process instances among them. */
	public static final String EXECUTIONS = "ACT_RU_EXECUTION";

	/** The candidates and assignees of open tasks. */
	public static final String IDENTITY_LINKS = "ACT_RU_IDENTITYLINK";

	/** The jobs waiting to run: timers, mails, asynchronous continuations. */
	public static final String JOBS = "ACT_RU_JOB";

	/** The ended (and running) process instances in history. */
	public static final String HISTORIC_PROCESS_INSTANCES = "ACT_HI_PROCINST";

	/** The activities of process instances in history. */
	public static final String HISTORIC_ACTIVITIES = "ACT_HI_ACTINST";

	/** The tasks in history, open and ended. */
	public static final String HISTORIC_TASKS = "ACT_HI_TASKINST";

	private final JdbcTemplate jdbc;

	EngineTables(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** A candidate group or user of an open task. */
	public record Candidate(String taskId, String groupId, String userId) {
	}

	/** The candidates of these open tasks, in one statement (the API reads them one task at a time). */
	public List<Candidate> candidatesOf(Collection<String> taskIds) {
		if (taskIds.isEmpty()) {
			return List.of();
		}
		return new NamedParameterJdbcTemplate(jdbc).query("select TASK_ID_, GROUP_ID_, USER_ID_ from " + IDENTITY_LINKS
				+ " where TYPE_ = 'candidate' and TASK_ID_ in (:tasks)", Map.of("tasks", taskIds),
				(row, i) -> new Candidate(row.getString(1), row.getString(2), row.getString(3)));
	}

	/** The executions that have jobs of this handler type ({@link JobTypes}) waiting. */
	public Set<String> executionsWithJobsOf(String handlerType) {
		return new HashSet<>(jdbc.queryForList("select distinct EXECUTION_ID_ from " + JOBS + " where HANDLER_TYPE_ = ?",
				String.class, handlerType));
	}

	/** Deletes the rows of one of Årshjul's tables whose task is no longer open; answers how many. */
	public int deleteRowsOfClosedTasks(String table, String taskIdColumn) {
		return jdbc.update("delete from " + table + " where not exists (select 1 from " + TASKS + " t where t.ID_ = "
				+ table + "." + taskIdColumn + ")");
	}

}
