package dk.aarshjul.cycle;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.aarshjul.journal.JournalDeliveryProcess;
import dk.aarshjul.approval.PoliticalApprovalProcess;
import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.system.AppProcess;
import dk.aarshjul.system.WithoutProcessTestCoverage;
import dk.aarshjul.followup.FollowUpRoundProcess;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: task completions through the engine REST API's {@code submit-form}, Årshjul's against
 * a bare BPMN of ten user tasks in the same engine and run, run by {@code ./mvnw -Pbench verify}.
 * {@code bench.cycles} cycles (98 by default: a country's municipalities; the demo plan, one year each from 2002) each go the whole way as
 * their users would — start through Årshjul's API, drafting, hearing, approval, choosing 8 units,
 * 8 unit plans written and reviewed, two follow-up rounds, evaluation — and after each cycle as many
 * bare completions. Prints p50/p95 and SQL statements per completion kind, the ratio, the total,
 * start-up time and heap; writes {@code target/bench/completions-<database>.json} and the statements
 * of one median completion of each kind to {@code target/bench/completion-statements-<database>.txt},
 * and where the SQL time of each group goes, statement by statement, to
 * {@code target/bench/statement-times-<database>.txt}. On PostgreSQL it then takes as many cycles
 * again with several clients at once, first on this node alone, then on this node and a second one
 * (a JVM of its own on the same database), every request to the next node in turn, and prints the
 * completions per second of each ({@code target/bench/throughput-postgresql.json}).
 */
@Import({ SqlRecorder.class, WithoutProcessTestCoverage.class })
abstract class CompletionBenchmark {

	static final List<String> UNITS = List.of("laering", "skoler", "dagtilbud", "job", "sundhed", "handicap",
			"faellesskab", "vaekst");

	private static final String PLAN = "DEMO-STRATEGI";

	// the years a cycle may have (2000–2100), each cycle a year of its own
	private static final int FIRST_YEAR = 2002;

	@Autowired
	TestRestTemplate web;

	@Autowired
	SqlRecorder sql;

	@Autowired
	CycleDriver cycle;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	RepositoryService repository;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	StrategyPlanRepository plans;

	@Autowired
	Environment environment;

	@LocalServerPort
	int port;

	private final Map<String, List<RestTasks.Completion>> byKind = new TreeMap<>();

	private final Map<String, List<String>> sampleStatements = new TreeMap<>();

	/** Per group (Årshjul's tasks, the bare ones), each statement's total execute time and count. */
	private final Map<String, Map<String, long[]>> executingByStatement = new TreeMap<>();

	private RestTasks rest;

	abstract String database();

	@AfterEach
	void resetClock() {
		cycle.resetClock();
	}

	@Test
	void completionsOfÅrshjulAgainstBareUserTasks() throws Exception {
		long startUpMillis = ManagementFactory.getRuntimeMXBean().getUptime();
		int cycles = Integer.getInteger("bench.cycles", 98);
		rest = new RestTasks(web, sql);
		repository.createDeployment().name("bench").addClasspathResource("bench/bare-user-tasks.bpmn").deploy();
		long started = System.nanoTime();
		for (int i = 0; i < cycles; i++) {
			int before = total("aarshjul");
			wholeCycle(FIRST_YEAR + i);
			bare(total("aarshjul") - before);
			if ((i + 1) % 10 == 0) {
				System.out.printf("%d cycles, %.0f s%n", i + 1, (System.nanoTime() - started) / 1e9);
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.gc();
		long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
		report(cycles, seconds, startUpMillis, heapMb);
		if (onTwoNodes()) {
			throughput(cycles);
		}
	}

	/** Whether a second node can share the benchmark's database (not an in-memory one), for the throughput phases. */
	boolean onTwoNodes() {
		return false;
	}

	/**
	 * The same number of cycles again, driven by {@code bench.clients} clients at once (4 by default),
	 * first all on this node, then on this node and a second one in a JVM of its own, every request
	 * to the next node in turn. The second node first takes one cycle per client unmeasured, so
	 * that it is not measured cold against a node the sequential run has warmed. The engine's clock
	 * is the real one here, as the second node's is: its cycles' dates lie in the past, which
	 * changes nothing a completion does while no job executor runs.
	 */
	private void throughput(int cycles) throws Exception {
		int clients = Integer.getInteger("bench.clients", 4);
		sql.pause();
		cycle.resetClock();
		List<String> oneNodePlans = planCopies("BENCH-EN", clients);
		List<String> warmUpPlans = planCopies("BENCH-OPVARM", clients);
		List<String> twoNodePlans = planCopies("BENCH-TO", clients);
		URI first = URI.create("http://127.0.0.1:" + port);
		double loadBefore = load();
		RoundRobinCycles.Phase one = new RoundRobinCycles(cycle, List.of(first)).run(oneNodePlans, cycles, FIRST_YEAR);
		double loadBetween = load();
		RoundRobinCycles.Phase two;
		long secondStarted = System.nanoTime();
		// production's configuration and JVM defaults (not AppProcess's quick-start options), on this database
		try (AppProcess second = AppProcess.start("bench-second-node", List.of("-Xmx1g"),
				List.of("spring.profiles.active=demo,postgres",
						"spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
						"spring.datasource.username=postgres", "spring.datasource.password=",
						"camunda.bpm.job-execution.enabled=false", "aarshjul.node.id=bench-second-node",
						"logging.level.root=WARN"))) {
			double secondStartUp = (System.nanoTime() - secondStarted) / 1e9;
			new RoundRobinCycles(cycle, List.of(second.uri(""))).run(warmUpPlans, clients, FIRST_YEAR);
			double loadBeforeTwo = load();
			two = new RoundRobinCycles(cycle, List.of(first, second.uri(""))).run(twoNodePlans, cycles, FIRST_YEAR);
			System.out.printf("%nThroughput (%s, %d cores): %d clients at once, each its own plan's cycles one after another;"
					+ " every request to the next node in turn. Second node started in %.0f s%n", database(),
					Runtime.getRuntime().availableProcessors(), clients, secondStartUp);
		}
		double loadAfter = load();
		System.out.printf("| nodes | cycles | completions | seconds | completions/s | p50 ms | p95 ms | load average before → after |%n"
				+ "| --- | --- | --- | --- | --- | --- | --- | --- |%n");
		printPhase(one, loadBefore, loadBetween);
		printPhase(two, loadBetween, loadAfter);
		System.out.printf("| kind | one node p50 ms | p95 ms | two nodes p50 ms | p95 ms |%n| --- | --- | --- | --- | --- |%n");
		one.nanosByKind().forEach((kind, nanos) -> {
			List<Long> onTwo = two.nanosByKind().getOrDefault(kind, List.of(0L));
			System.out.printf("| %s | %.1f | %.1f | %.1f | %.1f |%n", kind, RoundRobinCycles.percentile(nanos, 50),
					RoundRobinCycles.percentile(nanos, 95), RoundRobinCycles.percentile(onTwo, 50),
					RoundRobinCycles.percentile(onTwo, 95));
		});
		two.nanosByNode().forEach((node, nanos) -> System.out.printf("two nodes, completions on node %d: %,d, p50 %.1f ms, p95 %.1f ms%n",
				node, nanos.size(), RoundRobinCycles.percentile(nanos, 50), RoundRobinCycles.percentile(nanos, 95)));
		System.out.printf("two nodes / one node: %.2f× the completions per second%n",
				two.completionsPerSecond() / one.completionsPerSecond());
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("database", database());
		out.put("cores", Runtime.getRuntime().availableProcessors());
		out.put("clients", clients);
		out.put("phases", List.of(phaseJson(one, loadBefore, loadBetween), phaseJson(two, loadBetween, loadAfter)));
		Files.writeString(Path.of("target", "bench", "throughput-" + database() + ".json"),
				new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
	}

	/** A copy of the demo plan per client, each under a code of its own: one municipality's cycles never wait for another's. */
	private List<String> planCopies(String prefix, int clients) {
		PlanDocument demo = transfer.export(plans.findByCodeAndYear(PLAN, 2017).orElseThrow().getId());
		List<String> codes = new ArrayList<>();
		for (int c = 1; c <= clients; c++) {
			String code = prefix + "-" + c;
			transfer.importDocument(new PlanDocument(code, demo.municipality(), demo.title() + " " + code,
					demo.introduction(), demo.year(), demo.kind(), demo.periodFrom(), demo.periodTo(), demo.focusAreas()));
			codes.add(code);
		}
		return codes;
	}

	private static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static void printPhase(RoundRobinCycles.Phase phase, double loadBefore, double loadAfter) {
		List<Long> all = phase.allCompletions();
		System.out.printf("| %d | %d | %,d | %.0f | %.1f | %.1f | %.1f | %.2f → %.2f |%n", phase.nodes(), phase.cycles(),
				phase.completions(), phase.seconds(), phase.completionsPerSecond(), RoundRobinCycles.percentile(all, 50),
				RoundRobinCycles.percentile(all, 95), loadBefore, loadAfter);
	}

	private static Map<String, Object> phaseJson(RoundRobinCycles.Phase phase, double loadBefore, double loadAfter) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("nodes", phase.nodes());
		json.put("cycles", phase.cycles());
		json.put("completions", phase.completions());
		json.put("seconds", phase.seconds());
		json.put("completionsPerSecond", phase.completionsPerSecond());
		json.put("p50Millis", RoundRobinCycles.percentile(phase.allCompletions(), 50));
		json.put("p95Millis", RoundRobinCycles.percentile(phase.allCompletions(), 95));
		json.put("loadAverageBefore", loadBefore);
		json.put("loadAverageAfter", loadAfter);
		Map<String, Object> kinds = new LinkedHashMap<>();
		phase.nanosByKind().forEach((kind, nanos) -> kinds.put(kind,
				Map.of("completions", nanos.size(), "p50Millis", RoundRobinCycles.percentile(nanos, 50), "p95Millis",
						RoundRobinCycles.percentile(nanos, 95))));
		json.put("kinds", kinds);
		Map<String, Object> nodes = new LinkedHashMap<>();
		phase.nanosByNode().forEach((node, nanos) -> nodes.put("node " + node, Map.of("completions", nanos.size(),
				"p50Millis", RoundRobinCycles.percentile(nanos, 50), "p95Millis", RoundRobinCycles.percentile(nanos, 95))));
		json.put("byNode", nodes);
		return json;
	}

	private void wholeCycle(int year) {
		String key = PLAN + "-" + year;
		// the process owner starts the year's cycle in the December before
		ClockUtil.setCurrentTime(Date.from(LocalDate.of(year - 1, 12, 1).atTime(10, 0).atZone(WorkingTime.ZONE).toInstant()));
		startThroughApi(year);
		complete("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key, Map.of());
		complete("anders", DraftingProcess.USER_TASK_COMMENT_DRAFT, key, Map.of("managementComment", "Fint udkast."));
		complete("karen", DraftingProcess.USER_TASK_MARK_DRAFT_READY, key, DraftingProcess.Variables.READY.with(true));
		complete("rikke", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key, Map.of("statement", "Ingen bemærkninger."));
		complete("karen", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, key,
				Map.of("statementAnswer", "Taget til efterretning."));
		complete("svend", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, key, Map.of("decision", "APPROVED"));
		complete("karen", StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS, key,
				StrategyCycleProcess.Variables.TRANSLATING_UNITS.with(cycle.jsonOf(UNITS)));
		for (String unit : UNITS) {
			String chief = cycle.chiefOf(unit);
			Task write = cycle.taskFor(chief, UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-" + unit);
			complete(chief, write, cycle.unitPlanOf(write, "Vi gør det i " + unit + "."));
			complete(CycleDriver.reviewerOf(unit), UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, key + "-" + unit,
					UnitTranslationProcess.Variables.APPROVED.with(true));
		}
		for (LocalDate date : List.of(LocalDate.of(year, 6, 30), LocalDate.of(year, 12, 31))) {
			cycle.startFollowUpRound(key, date);
			for (String unit : UNITS) {
				Task report = cycle.statusReportOf(key, unit);
				complete(cycle.chiefOf(unit), report, cycle.everyRow(report, "goal", Map.of("light", "GREEN")));
			}
			complete("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, key, Map.of("boardStatusComment", "Grønt."));
			complete("tove", FollowUpRoundProcess.USER_TASK_NOTE_STATUS, key, Map.of("statusNoted", true));
		}
		complete("karen", StrategyCycleProcess.USER_TASK_EVALUATE_PLAN, key,
				StrategyCycleProcess.Variables.EVALUATION.with("Året lykkedes.")
					.and(StrategyCycleProcess.Variables.NEXT_YEAR, false));
		// the journal's deliveries carry the cycle's key and wait for the job executor, not for a person
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list().stream()
			.filter(instance -> !instance.getProcessDefinitionId().startsWith(JournalDeliveryProcess.KEY + ":")))
			.as("%s ended", key).isEmpty();
	}

	private void startThroughApi(int year) {
		Map<String, Object> body = startRequest(PLAN, year);
		sql.reset();
		long started = System.nanoTime();
		ResponseEntity<String> answer = web.withBasicAuth("olivia", "demo")
			.postForEntity("/api/cycles", RestTasks.json(body), String.class);
		record("aarshjul start cycle (API)", new RestTasks.Completion(System.nanoTime() - started, sql.count(),
				sql.executingNanos()));
		assertThat(answer.getStatusCode()).as(answer.getBody()).isIn(HttpStatus.CREATED, HttpStatus.OK);
	}

	/** What the process owner posts to {@code /api/cycles} to start the plan's cycle of the year. */
	static Map<String, Object> startRequest(String planCode, int year) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("planCode", planCode);
		body.put("cycleYear", year);
		body.put("draftingDeadline", year + "-01-15");
		body.put("consultationDeadline", year + "-02-01");
		body.put("financeCommitteeMeeting", year + "-02-20");
		body.put("translationDeadline", year + "-04-30");
		body.put("followUpDates", List.of(year + "-06-30", year + "-12-31"));
		body.put("periodEnd", year + "-12-31");
		return body;
	}

	private void complete(String user, String taskKey, String businessKey, Map<String, Object> values) {
		complete(user, cycle.taskFor(user, taskKey, businessKey), values);
	}

	private void complete(String user, Task task, Map<String, Object> values) {
		record("aarshjul " + task.getTaskDefinitionKey(), rest.complete(user, task.getId(), values));
	}

	private void bare(int completions) {
		int done = 0;
		while (done < completions) {
			Task next = tasks.createTaskQuery().processDefinitionKey("bareUserTasks").taskCandidateUser("mikkel")
				.listPage(0, 1).stream().findFirst().orElse(null);
			if (next == null) {
				runtime.startProcessInstanceByKey("bareUserTasks");
				continue;
			}
			record("bare userTask", rest.complete("mikkel", next.getId(), Map.of("answer", "ok")));
			done++;
		}
	}

	private void record(String kind, RestTasks.Completion completion) {
		List<RestTasks.Completion> kindList = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
		kindList.add(completion);
		if (!kind.contains("start cycle")) {
			// read after the submit was timed: tidying the statements costs, but not the completion
			Map<String, long[]> group = executingByStatement.computeIfAbsent(kind.startsWith("bare") ? "bare" : "aarshjul",
					g -> new HashMap<>());
			for (SqlRecorder.Timed statement : sql.timedStatements()) {
				long[] totals = group.computeIfAbsent(statement.sql(), s -> new long[2]);
				totals[0] += statement.executingNanos();
				totals[1]++;
			}
		}
		if (kindList.size() == 3) {
			// the third of its kind, past the first's warm-up: what its statements are
			sampleStatements.put(kind, sql.statements());
		}
	}

	private int total(String prefix) {
		return byKind.entrySet().stream().filter(entry -> entry.getKey().startsWith(prefix)
				&& !entry.getKey().contains("start cycle")).mapToInt(entry -> entry.getValue().size()).sum();
	}

	private void report(int cycles, double seconds, long startUpMillis, long heapMb) throws Exception {
		List<Map<String, Object>> rows = new ArrayList<>();
		List<RestTasks.Completion> aarshjul = new ArrayList<>();
		byKind.forEach((kind, list) -> {
			rows.add(row(kind, list));
			if (kind.startsWith("aarshjul") && !kind.contains("start cycle")) {
				aarshjul.addAll(list);
			}
		});
		Map<String, Object> all = row("aarshjul, every task", aarshjul);
		Map<String, Object> bare = row("bare userTask", byKind.get("bare userTask"));
		double ratioP50 = (double) all.get("p50Millis") / (double) bare.get("p50Millis");
		double ratioP95 = (double) all.get("p95Millis") / (double) bare.get("p95Millis");
		int completions = aarshjul.size() + byKind.get("bare userTask").size();
		System.out.printf("%n%s: %d cycles × %d units, %,d Årshjul and %,d bare completions in %.0f s (%.1f completions/s)"
				+ "; start-up %.1f s, heap after the run %d MB%n", database(), cycles, UNITS.size(), aarshjul.size(),
				byKind.get("bare userTask").size(), seconds, completions / seconds, startUpMillis / 1000.0, heapMb);
		System.out.printf("| kind | completions | p50 ms | p95 ms | SQL statements (median) | executing SQL, p50 ms | the rest, p50 ms |%n"
				+ "| --- | --- | --- | --- | --- | --- | --- |%n");
		for (Map<String, Object> row : rows) {
			print(row);
		}
		print(all);
		System.out.printf("Årshjul / bare: p50 %.2f×, p95 %.2f×; statements per median completion %s against %s%n",
				ratioP50, ratioP95, all.get("statementsMedian"), bare.get("statementsMedian"));
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("database", database());
		out.put("cycles", cycles);
		out.put("unitsPerCycle", UNITS.size());
		out.put("seconds", seconds);
		out.put("completionsPerSecond", completions / seconds);
		out.put("startUpSeconds", startUpMillis / 1000.0);
		out.put("heapAfterRunMb", heapMb);
		out.put("ratioP50", ratioP50);
		out.put("ratioP95", ratioP95);
		out.put("aarshjul", all);
		out.put("kinds", rows);
		Path json = Path.of("target", "bench", "completions-" + database() + ".json");
		Files.createDirectories(json.getParent());
		Files.writeString(json, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
		StringBuilder text = new StringBuilder();
		sampleStatements.forEach((kind, statements) -> {
			text.append("== ").append(kind).append(": ").append(statements.size()).append(" statements\n");
			statements.forEach(statement -> text.append(statement).append('\n'));
		});
		Files.writeString(Path.of("target", "bench", "completion-statements-" + database() + ".txt"), text);
		Files.writeString(Path.of("target", "bench", "statement-times-" + database() + ".txt"), statementTimes());
	}

	/** Where each group's SQL time goes: its statements by total execute time, per completion of the group. */
	private String statementTimes() {
		StringBuilder text = new StringBuilder();
		executingByStatement.forEach((group, statements) -> {
			int completions = "bare".equals(group) ? byKind.get("bare userTask").size() : total("aarshjul");
			text.append(String.format("== %s: %d completions; ms per completion | times per completion | ms each | statement%n",
					group, completions));
			statements.entrySet().stream()
				.sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
				.limit(60)
				.forEach(entry -> text.append(String.format("%7.3f | %5.2f | %6.3f | %s%n", entry.getValue()[0] / 1e6 / completions,
						(double) entry.getValue()[1] / completions, entry.getValue()[0] / 1e6 / entry.getValue()[1],
						entry.getKey().length() > 160 ? entry.getKey().substring(0, 160) + " …" : entry.getKey())));
		});
		return text.toString();
	}

	private static void print(Map<String, Object> row) {
		System.out.printf("| %s | %,d | %.1f | %.1f | %d | %.1f | %.1f |%n", row.get("kind"), row.get("completions"),
				row.get("p50Millis"), row.get("p95Millis"), row.get("statementsMedian"), row.get("sqlP50Millis"),
				row.get("outsideSqlP50Millis"));
	}

	private static Map<String, Object> row(String kind, List<RestTasks.Completion> list) {
		double[] millis = list.stream().mapToDouble(completion -> completion.nanos() / 1e6).sorted().toArray();
		int[] statements = list.stream().mapToInt(RestTasks.Completion::statements).sorted().toArray();
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("kind", kind);
		row.put("completions", list.size());
		row.put("p50Millis", millis[millis.length / 2]);
		row.put("p95Millis", millis[Math.max(0, (int) Math.ceil(millis.length * 0.95) - 1)]);
		row.put("statementsMedian", statements[statements.length / 2]);
		row.put("statementsMax", Arrays.stream(statements).max().orElse(0));
		double[] inDatabase = list.stream().mapToDouble(completion -> completion.sqlNanos() / 1e6).sorted().toArray();
		row.put("sqlP50Millis", inDatabase[inDatabase.length / 2]);
		row.put("outsideSqlP50Millis", list.stream().mapToDouble(completion -> (completion.nanos() - completion.sqlNanos()) / 1e6)
			.sorted().toArray()[list.size() / 2]);
		return row;
	}

}
