package dk.aarshjul.overview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.aarshjul.cycle.CycleDriver;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Not a test: the overview's figures at 10, 1,000 and 10,000 running plans, run by
 * {@code ./mvnw -Pbench verify}. One cycle is started through the engine; the others are copies of
 * its rows (its plan, cycle, units, follow-ups, where its drafting waits, and Camunda's running
 * executions, open tasks and candidates), as many as the step needs — starting 10,000 cycles through the engine would take an
 * hour, and the overview reads nothing else. Prints p50/p95 and SQL statements per request and
 * writes them to {@code target/bench/overview-<database>.json}.
 */
@Import(StatementCounter.class)
@TestPropertySource(properties = "aarshjul.notification.new-tasks=false")
abstract class OverviewBenchmark {

	/** The running plans of each step; {@code -Dbench.steps=10,1000} for a shorter run. */
	private static final int[] STEPS = Arrays.stream(System.getProperty("bench.steps", "10,1000,10000").split(","))
		.mapToInt(step -> Integer.parseInt(step.strip()))
		.toArray();

	/** Completed tasks in history per running plan, added after the last step and measured again. */
	private static final int COMPLETED_TASKS_PER_PLAN = 10;

	private static final int WARM_UP = 5;

	private static final int REQUESTS = 30;

	private static final long OFFSET = 1_000_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	CycleDriver cycle;

	@Autowired
	DataSource dataSource;

	@Autowired
	StatementCounter statements;

	abstract String database();

	@Test
	void overviewAtTenAThousandAndTenThousandRunningPlans() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		ProcessInstance template = cycle.start("olivia", CycleDriver.calendar("DEMO-STRATEGI", 2031));
		Copier copier = new Copier(jdbc, template.getId());
		List<Map<String, Object>> results = new ArrayList<>();
		String cockpit = "/api/cockpit/process-definitions/" + template.getProcessDefinitionId();
		// a process the cycle calls: every copy drafts, as the template does
		String drafting = "/api/cockpit/process-definitions/" + jdbc.queryForObject(
				"select PROC_DEF_ID_ from ACT_RU_EXECUTION where ROOT_PROC_INST_ID_ = ? and ID_ = PROC_INST_ID_ and ID_ <> ?",
				String.class, template.getId(), template.getId());
		List<String> paths = List.of("/oversigt", "/api/overview", cockpit + "/waiting", cockpit + "/heat",
				drafting + "/waiting", drafting + "/heat");
		int running = runningPlans();
		int step = 0;
		for (int plans : STEPS) {
			step = plans;
			copier.copyUntil(step - running);
			analyze(jdbc);
			for (String path : paths) {
				results.add(measure(path, step, 0));
			}
			explain(jdbc, step);
		}
		int completed = step * COMPLETED_TASKS_PER_PLAN;
		copier.completeTasks(completed);
		analyze(jdbc);
		for (String path : paths) {
			results.add(measure(path, step, completed));
		}
		System.out.printf("%n| database | request | running plans | completed tasks added | p50 ms | p95 ms | of p50: SQL ms | SQL statements |%n");
		System.out.printf("| --- | --- | --- | --- | --- | --- | --- | --- |%n");
		for (Map<String, Object> result : results) {
			System.out.printf("| %s | `%s` | %,d | %,d | %s | %s | %s | %s |%n", database(),
					String.valueOf(result.get("request")).replace(cockpit, "/api/cockpit/…/{strategyCycle}")
						.replace(drafting, "/api/cockpit/…/{drafting}"),
					result.get("runningPlans"), result.get("completedTasksAdded"), result.get("p50Millis"),
					result.get("p95Millis"), result.get("sqlP50Millis"), result.get("statements"));
		}
		Path out = Path.of("target", "bench", "overview-" + database() + ".json");
		Files.createDirectories(out.getParent());
		Files.writeString(out, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.writeValueAsString(Map.of("database", database(), "results", results)));
	}

	/** Statistics of the copied rows, as autovacuum would gather them soon after such a load. */
	private void analyze(JdbcTemplate jdbc) {
		if (database().equals("postgresql")) {
			jdbc.execute("analyze");
		}
	}

	/** How the database answers the overview's ordering and count (PostgreSQL: EXPLAIN ANALYZE), printed. */
	private void explain(JdbcTemplate jdbc, int runningPlans) {
		if (!database().equals("postgresql")) {
			return;
		}
		for (String sql : List.of("""
				select c.id, c.business_key, sp.code from strategy_cycle c join strategy_plan sp on sp.id = c.plan_id
				where c.overview_order is not null order by c.overview_order, c.business_key limit 50 offset 0""", """
				select current_phase, cast(next_due as date), count(*) from strategy_cycle c
				where c.overview_order is not null group by current_phase, cast(next_due as date)""", """
				select w.process_instance_id, w.root_process_instance_id, w.instance_since_millis from called_process_wait w
				join ACT_RU_EXECUTION e on e.ID_ = w.process_instance_id
				where w.process_definition_id = (select min(process_definition_id) from called_process_wait
				  where activity_id = 'userTask_draftPlan') and w.instance_order is not null
				order by w.instance_order, w.instance_since_millis, w.process_instance_id limit 20 offset 0""")) {
			try {
				System.out.printf("%nEXPLAIN ANALYZE at %,d running plans:%n%s%n", runningPlans,
						String.join("\n", jdbc.queryForList("explain analyze " + sql, String.class)));
			}
			catch (org.springframework.dao.DataAccessException ex) {
				System.out.printf("%nEXPLAIN: %s%n", ex.getMessage());
			}
		}
	}

	private int runningPlans() throws Exception {
		return Integer.parseInt(mvc.perform(get("/api/overview").with(processOwner()))
			.andReturn()
			.getResponse()
			.getHeader("X-Total-Count"));
	}

	private Map<String, Object> measure(String path, int runningPlans, int completedTasks) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			mvc.perform(get(path).with(processOwner())).andExpect(status().isOk());
		}
		long[] millis = new long[REQUESTS];
		long[] sqlMillis = new long[REQUESTS];
		Set<Integer> statementCounts = new HashSet<>();
		for (int i = 0; i < REQUESTS; i++) {
			statements.reset();
			long started = System.nanoTime();
			mvc.perform(get(path).with(processOwner())).andExpect(status().isOk());
			millis[i] = (System.nanoTime() - started) / 1_000_000;
			sqlMillis[i] = statements.sqlMillis();
			statementCounts.add(statements.count());
		}
		Arrays.sort(millis);
		Arrays.sort(sqlMillis);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("request", path);
		result.put("runningPlans", runningPlans);
		result.put("completedTasksAdded", completedTasks);
		result.put("p50Millis", millis[REQUESTS / 2]);
		result.put("p95Millis", millis[(int) Math.ceil(REQUESTS * 0.95) - 1]);
		result.put("sqlP50Millis", sqlMillis[REQUESTS / 2]);
		result.put("statements", statementCounts.size() == 1 ? statementCounts.iterator().next() : statementCounts);
		return result;
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor processOwner() {
		return user("olivia").authorities(new SimpleGrantedAuthority("GROUP_procesejer"));
	}

	/** Copies the template cycle's rows, each copy a plan, cycle and process instance of its own. */
	private static final class Copier {

		private final JdbcTemplate jdbc;

		private final Map<String, Object> plan;

		private final Map<String, Object> cycleRow;

		private final List<Map<String, Object>> units;

		private final List<Map<String, Object>> followUps;

		private final List<Map<String, Object>> executions;

		private final List<Map<String, Object>> tasks;

		private final List<Map<String, Object>> links;

		private final List<Map<String, Object>> activities;

		private final List<Map<String, Object>> historicTasks;

		private final List<Map<String, Object>> historicLinks;

		private final List<Map<String, Object>> calledWaits;

		private int copies;

		Copier(JdbcTemplate jdbc, String processInstanceId) {
			this.jdbc = jdbc;
			cycleRow = jdbc.queryForMap("select * from strategy_cycle where process_instance_id = ?", processInstanceId);
			Object cycleId = cycleRow.get("id");
			plan = jdbc.queryForMap("select * from strategy_plan where id = ?", cycleRow.get("plan_id"));
			units = jdbc.queryForList("select * from strategy_cycle_unit where cycle_id = ?", cycleId);
			followUps = jdbc.queryForList("select * from strategy_cycle_follow_up where cycle_id = ?", cycleId);
			executions = instancesFirst(
					jdbc.queryForList("select * from ACT_RU_EXECUTION where PROC_INST_ID_ in (select i.ID_ from"
							+ " ACT_RU_EXECUTION i where i.ROOT_PROC_INST_ID_ = ?)", processInstanceId));
			tasks = jdbc.queryForList("select t.* from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_"
					+ " where e.ROOT_PROC_INST_ID_ = ?", processInstanceId);
			links = jdbc.queryForList("select l.* from ACT_RU_IDENTITYLINK l join ACT_RU_TASK t on t.ID_ = l.TASK_ID_"
					+ " join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_ where e.ROOT_PROC_INST_ID_ = ?",
					processInstanceId);
			activities = jdbc.queryForList("select * from ACT_HI_ACTINST where ROOT_PROC_INST_ID_ = ? and END_TIME_ is null",
					processInstanceId);
			historicTasks = jdbc.queryForList(
					"select * from ACT_HI_TASKINST where ROOT_PROC_INST_ID_ = ? and END_TIME_ is null", processInstanceId);
			historicLinks = jdbc.queryForList("select * from ACT_HI_IDENTITYLINK where ROOT_PROC_INST_ID_ = ?",
					processInstanceId);
			calledWaits = jdbc.queryForList("select * from called_process_wait where root_process_instance_id = ?",
					processInstanceId);
		}

		/**
		 * History of tasks done: for each copy in turn a completed task (as its open task, ended), its
		 * activity instance and its candidates, until there are as many as asked.
		 */
		void completeTasks(int count) {
			if (historicTasks.isEmpty() || copies == 0) {
				return;
			}
			Map<String, Object> task = historicTasks.get(0);
			Map<String, Object> activity = activities.stream()
				.filter(row -> task.get("ACT_INST_ID_") != null && task.get("ACT_INST_ID_").equals(row.get("ID_")))
				.findFirst()
				.orElse(null);
			java.sql.Timestamp ended = new java.sql.Timestamp(System.currentTimeMillis());
			Map<String, List<Object[]>> rows = new LinkedHashMap<>();
			for (int done = 0; done < count; done++) {
				String prefix = "b" + (done % copies + 1) + "-";
				String taskId = "done-task-" + done;
				Map<String, Object> changes = prefixed(task, prefix, "PROC_INST_ID_", "ROOT_PROC_INST_ID_",
						"EXECUTION_ID_");
				changes.put("ID_", taskId);
				changes.put("ACT_INST_ID_", "done-act-" + done);
				changes.put("END_TIME_", ended);
				changes.put("DURATION_", 1000L);
				changes.put("DELETE_REASON_", "completed");
				add(rows, "ACT_HI_TASKINST", task, changes);
				if (activity != null) {
					Map<String, Object> activityChanges = prefixed(activity, prefix, "PROC_INST_ID_",
							"ROOT_PROC_INST_ID_", "EXECUTION_ID_", "PARENT_ACT_INST_ID_");
					activityChanges.put("ID_", "done-act-" + done);
					activityChanges.put("TASK_ID_", taskId);
					activityChanges.put("END_TIME_", ended);
					activityChanges.put("DURATION_", 1000L);
					activityChanges.put("ACT_INST_STATE_", 4);
					add(rows, "ACT_HI_ACTINST", activity, activityChanges);
				}
				int link = 0;
				for (Map<String, Object> candidate : historicLinks) {
					if (task.get("ID_").equals(candidate.get("TASK_ID_"))) {
						Map<String, Object> linkChanges = prefixed(candidate, prefix, "PROC_INST_ID_", "ROOT_PROC_INST_ID_");
						linkChanges.put("ID_", "done-link-" + done + "-" + link++);
						linkChanges.put("TASK_ID_", taskId);
						add(rows, "ACT_HI_IDENTITYLINK", candidate, linkChanges);
					}
				}
				if (rows.get("ACT_HI_TASKINST").size() == 5_000) {
					insertAll(rows);
				}
			}
			insertAll(rows);
		}

		private void insertAll(Map<String, List<Object[]>> rows) {
			Map<String, Map<String, Object>> shapes = Map.of("ACT_HI_TASKINST", historicTasks.get(0), "ACT_HI_ACTINST",
					activities.isEmpty() ? Map.of() : activities.get(0), "ACT_HI_IDENTITYLINK",
					historicLinks.isEmpty() ? Map.of() : historicLinks.get(0));
			rows.forEach((table, values) -> {
				if (!values.isEmpty()) {
					jdbc.batchUpdate(insert(table, shapes.get(table)), values);
				}
			});
			rows.clear();
		}

		void copyUntil(int wanted) {
			List<Object[]> planRows = new ArrayList<>();
			Map<String, List<Object[]>> rows = new LinkedHashMap<>();
			while (copies < wanted) {
				copies++;
				String prefix = "b" + copies + "-";
				long planId = OFFSET + copies;
				planRows.add(values(plan, Map.of("id", planId, "code", "BENCH-" + copies)));
				add(rows, "strategy_cycle", cycleRow, Map.of("id", planId, "plan_id", planId, "business_key",
						"BENCH-" + copies + "-2031", "process_instance_id", prefix + cycleRow.get("process_instance_id")));
				units.forEach(unit -> add(rows, "strategy_cycle_unit", unit, Map.of("cycle_id", planId)));
				followUps.forEach(followUp -> add(rows, "strategy_cycle_follow_up", followUp, Map.of("cycle_id", planId)));
				// the overview reads an execution's instance and root, never its parent or super execution
				executions.forEach(execution -> {
					Map<String, Object> changes = prefixed(execution, prefix, "ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_");
					changes.put("PARENT_ID_", null);
					changes.put("SUPER_EXEC_", null);
					add(rows, "ACT_RU_EXECUTION", execution, changes);
				});
				tasks.forEach(task -> add(rows, "ACT_RU_TASK", task,
						prefixed(task, prefix, "ID_", "EXECUTION_ID_", "PROC_INST_ID_")));
				links.forEach(link -> add(rows, "ACT_RU_IDENTITYLINK", link, prefixed(link, prefix, "ID_", "TASK_ID_")));
				// what Cockpit's history knows of the copy: the activities and tasks it waits in
				activities.forEach(activity -> add(rows, "ACT_HI_ACTINST", activity, prefixed(activity, prefix, "ID_",
						"PARENT_ACT_INST_ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_", "EXECUTION_ID_",
						"CALL_PROC_INST_ID_", "TASK_ID_")));
				historicTasks.forEach(task -> add(rows, "ACT_HI_TASKINST", task, prefixed(task, prefix, "ID_",
						"PROC_INST_ID_", "ROOT_PROC_INST_ID_", "EXECUTION_ID_", "ACT_INST_ID_")));
				// where the processes the copy called wait, as the task lifecycle keeps it
				calledWaits.forEach(wait -> add(rows, "called_process_wait", wait,
						prefixed(wait, prefix, "process_instance_id", "root_process_instance_id")));
			}
			if (!planRows.isEmpty()) {
				jdbc.batchUpdate(insert("strategy_plan", plan), planRows);
			}
			Map<String, Map<String, Object>> shapes = Map.of("strategy_cycle", cycleRow, "strategy_cycle_unit",
					units.isEmpty() ? Map.of() : units.get(0), "strategy_cycle_follow_up",
					followUps.isEmpty() ? Map.of() : followUps.get(0), "ACT_RU_TASK", tasks.isEmpty() ? Map.of() : tasks.get(0),
					"ACT_RU_IDENTITYLINK", links.isEmpty() ? Map.of() : links.get(0), "ACT_HI_ACTINST",
					activities.isEmpty() ? Map.of() : activities.get(0), "ACT_HI_TASKINST",
					historicTasks.isEmpty() ? Map.of() : historicTasks.get(0), "called_process_wait",
					calledWaits.isEmpty() ? Map.of() : calledWaits.get(0));
			for (Map.Entry<String, List<Object[]>> table : rows.entrySet()) {
				if (table.getKey().equals("ACT_RU_EXECUTION")) {
					jdbc.batchUpdate(insert("ACT_RU_EXECUTION", executions.get(0)), table.getValue());
				}
				else {
					jdbc.batchUpdate(insert(table.getKey(), shapes.get(table.getKey())), table.getValue());
				}
			}
		}

		private static void add(Map<String, List<Object[]>> rows, String table, Map<String, Object> row,
				Map<String, Object> changes) {
			rows.computeIfAbsent(table, name -> new ArrayList<>()).add(values(row, changes));
		}

		private static Object[] values(Map<String, Object> row, Map<String, Object> changes) {
			List<Object> values = new ArrayList<>();
			for (Map.Entry<String, Object> column : row.entrySet()) {
				values.add(changes.containsKey(column.getKey()) ? changes.get(column.getKey())
						: changes.containsKey(column.getKey().toLowerCase()) ? changes.get(column.getKey().toLowerCase())
								: changes.containsKey(column.getKey().toUpperCase())
										? changes.get(column.getKey().toUpperCase()) : column.getValue());
			}
			return values.toArray();
		}

		private static Map<String, Object> prefixed(Map<String, Object> row, String prefix, String... columns) {
			Map<String, Object> changes = new LinkedHashMap<>();
			for (String column : columns) {
				Object value = row.get(column);
				if (value != null) {
					changes.put(column, prefix + value);
				}
			}
			return changes;
		}

		private static String insert(String table, Map<String, Object> shape) {
			return "insert into " + table + " (" + String.join(", ", shape.keySet()) + ") values ("
					+ String.join(", ", shape.keySet().stream().map(column -> "?").toList()) + ")";
		}

		/** Process instances before the executions in them. */
		private static List<Map<String, Object>> instancesFirst(List<Map<String, Object>> executions) {
			List<Map<String, Object>> ordered = new ArrayList<>();
			executions.stream().filter(execution -> execution.get("ID_").equals(execution.get("PROC_INST_ID_")))
				.forEach(ordered::add);
			executions.stream().filter(execution -> !execution.get("ID_").equals(execution.get("PROC_INST_ID_")))
				.forEach(ordered::add);
			return ordered;
		}

	}

}
