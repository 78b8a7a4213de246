package dk.aarshjul.engine;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine's own tables, for the reads the public API makes one statement per row. The read
 * models of the overview, Cockpit, work lists and metrics join them with Årshjul's tables: they
 * name them as {@code {tasks}}, {@code {executions}} … and {@link #sql} puts in the engine's names.
 * The columns they read (ID_, PROC_INST_ID_ …) are the engine's and are written in those queries.
 */
@Component
public class EngineTables {

	private static final String TASKS = "ACT_RU_TASK";

	private static final String JOBS = "ACT_RU_JOB";

	private static final String IDENTITY_LINKS = "ACT_RU_IDENTITYLINK";

	/** The engine's tables by the names Årshjul's read models give them in their SQL, as {@code {tasks}}. */
	private static final Map<String, String> NAMES = Map.of(
			"tasks", TASKS,
			"executions", "ACT_RU_EXECUTION",
			"identityLinks", IDENTITY_LINKS,
			"variables", "ACT_RU_VARIABLE",
			"jobs", JOBS,
			"processDefinitions", "ACT_RE_PROCDEF",
			"historicActivities", "ACT_HI_ACTINST",
			"memberships", "ACT_ID_MEMBERSHIP");

	private static final Pattern NAME = Pattern.compile("\\{([A-Za-z]+)\\}");

	private final JdbcTemplate jdbc;

	EngineTables(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/**
	 * The statement with the engine's table names in place of {@code {tasks}}, {@code {executions}},
	 * {@code {identityLinks}}, {@code {variables}}, {@code {jobs}}, {@code {processDefinitions}},
	 * {@code {historicActivities}} and {@code {memberships}}; any other name in braces is refused.
	 */
	public static String sql(String statement) {
		Matcher name = NAME.matcher(statement);
		StringBuilder sql = new StringBuilder();
		while (name.find()) {
			String table = NAMES.get(name.group(1));
			if (table == null) {
				throw new IllegalArgumentException("No engine table is called {" + name.group(1) + "}: " + statement);
			}
			name.appendReplacement(sql, table);
		}
		return name.appendTail(sql).toString();
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
