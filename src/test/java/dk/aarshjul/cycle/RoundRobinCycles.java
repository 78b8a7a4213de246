package dk.aarshjul.cycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.approval.PoliticalApprovalProcess;
import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.followup.FollowUpRoundProcess;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.task.Task;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole cycles driven by several clients at once, as the municipalities' people would: each client
 * its own plan and its cycles one after another, every HTTP request — the cycle's start, each claim,
 * each {@code submit-form} — sent to the next node in turn, as a round-robin load balancer does,
 * with the user's password (basic authentication on the REST API, so no session is needed; a
 * browser's session would reach every node through Spring Session JDBC as well). The tasks are found
 * through the engine in the benchmark's own JVM (node 1) and not timed; what is timed is each
 * completion's {@code submit-form} and the phase's wall time.
 */
final class RoundRobinCycles {

	/** A phase's figures: its wall time and the time of every completion, by kind. */
	record Phase(int nodes, int clients, int cycles, double seconds, Map<String, List<Long>> nanosByKind,
			Map<Integer, List<Long>> nanosByNode) {

		int completions() {
			return nanosByKind.entrySet().stream().filter(kind -> !kind.getKey().contains("start cycle"))
				.mapToInt(kind -> kind.getValue().size()).sum();
		}

		double completionsPerSecond() {
			return completions() / seconds;
		}

		List<Long> allCompletions() {
			List<Long> all = new ArrayList<>();
			nanosByKind.forEach((kind, list) -> {
				if (!kind.contains("start cycle")) {
					all.addAll(list);
				}
			});
			return all;
		}

	}

	private final CycleDriver cycle;

	private final List<URI> nodes;

	private final ObjectMapper json = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5)).build();

	private final AtomicLong requests = new AtomicLong();

	private final Map<String, List<Long>> nanosByKind = new ConcurrentHashMap<>();

	/** Each completion's time by the node (1, 2) that took its {@code submit-form}: a cold or slower node shows. */
	private final Map<Integer, List<Long>> nanosByNode = new ConcurrentHashMap<>();

	RoundRobinCycles(CycleDriver cycle, List<URI> nodes) {
		this.cycle = cycle;
		this.nodes = nodes;
	}

	/**
	 * Runs {@code cycles} cycles, client {@code c} taking cycles c, c + clients, … of the plan
	 * {@code planCodes.get(c)}, a year each from {@code firstYear}.
	 */
	Phase run(List<String> planCodes, int cycles, int firstYear) throws Exception {
		int clients = planCodes.size();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long started = System.nanoTime();
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				String plan = planCodes.get(c);
				int client = c;
				running.add(pool.submit(() -> {
					for (int i = client, year = firstYear; i < cycles; i += clients, year++) {
						wholeCycle(plan, year);
					}
					return null;
				}));
			}
			for (Future<?> client : running) {
				client.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		Map<String, List<Long>> copy = new TreeMap<>();
		nanosByKind.forEach((kind, list) -> copy.put(kind, List.copyOf(list)));
		Map<Integer, List<Long>> byNode = new TreeMap<>();
		nanosByNode.forEach((node, list) -> byNode.put(node, List.copyOf(list)));
		return new Phase(nodes.size(), clients, cycles, seconds, copy, byNode);
	}

	private void wholeCycle(String plan, int year) {
		String key = plan + "-" + year;
		long started = System.nanoTime();
		HttpResponse<String> answer = post("olivia", "/api/cycles", CompletionBenchmark.startRequest(plan, year));
		record("start cycle (API)", System.nanoTime() - started);
		assertThat(answer.statusCode()).as("start %s: %s", key, answer.body()).isIn(200, 201);
		complete("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key, Map.of());
		complete("anders", DraftingProcess.USER_TASK_COMMENT_DRAFT, key, Map.of("managementComment", "Fint udkast."));
		complete("karen", DraftingProcess.USER_TASK_MARK_DRAFT_READY, key, DraftingProcess.Variables.READY.with(true));
		complete("rikke", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key, Map.of("statement", "Ingen bemærkninger."));
		complete("karen", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, key,
				Map.of("statementAnswer", "Taget til efterretning."));
		complete("svend", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, key, Map.of("decision", "APPROVED"));
		complete("karen", StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS, key,
				StrategyCycleProcess.Variables.TRANSLATING_UNITS.with(cycle.jsonOf(CompletionBenchmark.UNITS)));
		for (String unit : CompletionBenchmark.UNITS) {
			String chief = cycle.chiefOf(unit);
			Task write = cycle.taskFor(chief, UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-" + unit);
			complete(chief, write, cycle.unitPlanOf(write, "Vi gør det i " + unit + "."));
			complete(CycleDriver.reviewerOf(unit), UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, key + "-" + unit,
					UnitTranslationProcess.Variables.APPROVED.with(true));
		}
		for (int round = 0; round < 2; round++) {
			cycle.startWaitingFollowUpRound(key);
			for (String unit : CompletionBenchmark.UNITS) {
				Task report = cycle.statusReportOf(key, unit);
				complete(cycle.chiefOf(unit), report, cycle.everyRow(report, "goal", Map.of("light", "GREEN")));
			}
			complete("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, key, Map.of("boardStatusComment", "Grønt."));
			complete("tove", FollowUpRoundProcess.USER_TASK_NOTE_STATUS, key, Map.of("statusNoted", true));
		}
		complete("karen", StrategyCycleProcess.USER_TASK_EVALUATE_PLAN, key,
				StrategyCycleProcess.Variables.EVALUATION.with("Året lykkedes.")
					.and(StrategyCycleProcess.Variables.NEXT_YEAR, false));
	}

	private void complete(String user, String taskKey, String businessKey, Map<String, Object> values) {
		complete(user, cycle.taskFor(user, taskKey, businessKey), values);
	}

	private void complete(String user, Task task, Map<String, Object> values) {
		HttpResponse<String> claimed = post(user, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user));
		assertThat(claimed.statusCode()).as("claim %s: %s", task.getId(), claimed.body()).isEqualTo(204);
		int node = nextNode();
		long started = System.nanoTime();
		HttpResponse<String> submitted = send(nodes.get(node), user, "/engine-rest/task/" + task.getId() + "/submit-form",
				Map.of("variables", RestTasks.variables(values)));
		long nanos = System.nanoTime() - started;
		record(task.getTaskDefinitionKey(), nanos);
		nanosByNode.computeIfAbsent(node + 1, n -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
		assertThat(submitted.statusCode()).as("submit %s: %s", task.getTaskDefinitionKey(), submitted.body()).isIn(200, 204);
	}

	/** One request, to the node whose turn it is. */
	private HttpResponse<String> post(String user, String path, Object body) {
		return send(nodes.get(nextNode()), user, path, body);
	}

	private int nextNode() {
		return (int) (requests.getAndIncrement() % nodes.size());
	}

	private HttpResponse<String> send(URI node, String user, String path, Object body) {
		try {
			HttpRequest request = HttpRequest.newBuilder(node.resolve(path))
				.header("Content-Type", "application/json")
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
				.timeout(Duration.ofMinutes(2))
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
				.build();
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void record(String kind, long nanos) {
		nanosByKind.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
	}

	/** The p-th percentile (0–100) of the times, in milliseconds. */
	static double percentile(List<Long> nanos, double p) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		int index = p >= 100 ? sorted.length - 1 : Math.max(0, (int) Math.ceil(sorted.length * p / 100) - 1);
		return p == 50 ? sorted[sorted.length / 2] / 1e6 : sorted[index] / 1e6;
	}

}
