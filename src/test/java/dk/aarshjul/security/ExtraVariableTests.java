package dk.aarshjul.security;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.approval.DecisionOutcome;
import dk.aarshjul.approval.PoliticalApprovalProcess;
import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleProcess;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.followup.FollowUpRoundProcess;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.task.TaskContract;
import dk.aarshjul.task.TaskContractRegistry;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack of issue 26, generated from the models and the task contracts: a cycle is driven
 * through every user task of every model, and at each one its candidate sends, alongside a valid
 * submission, every variable the models read or set (except those the task itself decides) —
 * through submit-form, the task's variable endpoints and the process instance's. Each is a Danish
 * 400 naming the variable, and nothing changed: the task still open, the process where it was,
 * its variables, Årshjul's tables and the audit trail as before. Renaming or re-dating the task and
 * adding a candidate group are refused alike. Then the valid submission alone passes and the cycle
 * goes on as the models say — Byrådet decides after Økonomiudvalget, however the committee's member
 * tried to set the count of decisions.
 */
abstract class ExtraVariableTests {

	/** A political strategy of its own, so that Byrådet decides after Økonomiudvalget; a year no other test uses. */
	private static final String PLAN = "KONTRAKT";

	private static final int YEAR = 2020;

	private static final String KEY = PLAN + "-" + YEAR;

	private static final List<String> TABLES = List.of("strategy_plan", "focus_area", "goal", "strategy_cycle",
			"strategy_cycle_follow_up", "strategy_cycle_unit", "unit_plan", "unit_plan_entry", "status_report",
			"goal_status", "status_round", "consultation_statement", "committee_decision", "cycle_calendar_change",
			"deadline_escalation", "notification", "audit_entry", "task_completion", "task_chase", "ACT_RU_TASK",
			"ACT_RU_EXECUTION", "ACT_RU_VARIABLE", "ACT_RU_JOB", "ACT_RU_IDENTITYLINK", "ACT_RU_EVENT_SUBSCR");

	private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

	private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	TestRestTemplate web;

	@Autowired
	CycleDriver cycle;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TaskContractRegistry contracts;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ObjectMapper json;

	/** What went wrong, all of it: one run names every unprotected variable at every task. */
	private final List<String> failures = new ArrayList<>();

	private final Set<String> attacked = new TreeSet<>();

	@AfterEach
	void backToRealTime() {
		cycle.resetClock();
	}

	@Test
	void everyNameTheModelsReadIsProtected() {
		Set<String> unprotected = new TreeSet<>(ModelVariables.read());
		unprotected.removeIf(contracts::isProtected);
		assertThat(unprotected).as("read by the models, but a person's request could write them").isEmpty();
		assertThat(ModelVariables.read()).as("the models' names, read from bpmn/").contains("approvingBodies", "bodyId",
				"unitId", "reviewerRole", "followUpDate", "planKind", "unitKind", "cycleCalendar");
		for (TaskContract contract : contracts.all()) {
			for (TaskContract.Field field : contract.fields().values()) {
				if (ModelVariables.read().contains(field.name()) && field.kind() != TaskContract.Kind.SHOWN) {
					assertThat(field.decidedHere()).as("%s accepts %s, which the models read", contract.taskKey(),
							field.name()).isTrue();
				}
			}
		}
	}

	@Test
	void everyUserTaskAndStartFormOfEveryModelHasAContract() throws Exception {
		List<String> missing = new ArrayList<>();
		try (var files = java.nio.file.Files.list(java.nio.file.Path.of("bpmn"))) {
			for (var file : files.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
				BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
				for (Process process : model.getModelElementsByType(Process.class)) {
					for (UserTask task : process.getChildElementsByType(UserTask.class)) {
						if (contracts.contract(process.getId(), task.getId()).isEmpty()) {
							missing.add(process.getId() + "/" + task.getId());
						}
					}
					for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
						if ((start.getCamundaFormRef() != null || start.getCamundaFormKey() != null)
								&& contracts.contract(process.getId(), start.getId()).isEmpty()) {
							missing.add(process.getId() + "/" + start.getId());
						}
					}
				}
			}
		}
		assertThat(missing).as("user tasks and start forms without a contract").isEmpty();
		assertThat(contracts.all()).as("15 user tasks and the cycle's start form").hasSize(16);
	}

	@Test
	void everyTaskRefusesWhatItsContractLacksAndTheCycleGoesOnAsTheModelsSay() throws Exception {
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "KONTRAKT", "municipality": "Demo Kommune", "title": "Kontraktens strategi",
				  "year": 2020, "kind": "POLITICAL_STRATEGY", "periodFrom": "2020-01-01",
				  "focusAreas": [ { "title": "Tryghed", "goals": [ { "description": "Færre indbrud" } ] },
				                  { "title": "Trivsel", "goals": [ { "description": "Færre sygedage" } ] } ] }
				""".getBytes(StandardCharsets.UTF_8)));
		startFormRefusesWhatItLacks();
		Map<String, Object> calendar = new HashMap<>(CycleDriver.calendar(PLAN, YEAR));
		calendar.put("followUpDates", YEAR + "-06-30");
		cycle.start("olivia", calendar);

		Task draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, KEY);
		administratorsStillRepair(draft);
		attackThenSubmit("karen", draft, Map.of("draftPlan", rows(draft, "draft")));
		Task comment = cycle.taskFor("anders", DraftingProcess.USER_TASK_COMMENT_DRAFT, KEY);
		// what a form only shows as text (a link, a statement, a plan's facts) is never a field it sends
		refused("anders", comment, Map.of("managementComment", "Fint udkast.", "draftPageLink", "[Her](https://ond.example)"),
				"draftPageLink");
		attackThenSubmit("anders", comment, Map.of("managementComment", "Fint udkast."));
		Task ready = cycle.taskFor("karen", DraftingProcess.USER_TASK_MARK_DRAFT_READY, KEY);
		// the form sends back the comment it shows: accepted as it is, refused when changed
		refused("karen", ready, Map.of("draftReady", true, "managementComment", "Godkendt af koncernledelsen."),
				"managementComment");
		attackThenSubmit("karen", ready, Map.of("draftReady", true, "managementComment", "Fint udkast."));

		attackThenSubmit("rikke", cycle.taskFor("rikke", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, KEY),
				Map.of("statement", "Husk trivslen."));
		Task answer = cycle.taskFor("karen", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, KEY);
		attackThenSubmit("karen", answer, Map.of("statementAnswer", "Vi tilretter.", "adjustDraft", true,
				"statementText", String.valueOf(tasks.getVariable(answer.getId(), "statementText"))));
		Task adjust = cycle.taskFor("karen", MedConsultationProcess.USER_TASK_ADJUST_DRAFT, KEY);
		attackThenSubmit("karen", adjust, Map.of("draftPlan", rows(adjust, "draft")));

		Task finance = cycle.taskFor("svend", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, KEY);
		webappsRefuseTheCountOfDecisions("svend", finance);
		refused("svend", finance, Map.of("decision", DecisionOutcome.APPROVED.name(), "reasoning", "", "hearingSummary",
				"Hovedudvalget har ikke afgivet en udtalelse."), "hearingSummary");
		attackThenSubmit("svend", finance, Map.of("decision", DecisionOutcome.APPROVED.name(), "reasoning", ""));
		assertThat(cycle.sees("ulrik", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, KEY))
			.as("Byrådet decides after Økonomiudvalget, as the decision table says").isTrue();
		cycle.decide("ulrik", KEY, DecisionOutcome.APPROVED, null);

		attackThenSubmit("karen", cycle.taskFor("karen", StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS, KEY),
				Map.of("translatingUnits", typed(List.of("laering"))));
		Task write = cycle.taskFor("anders", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, KEY);
		List<Map<String, Object>> unitPlan = cycle.rowsOf(write, "focusArea");
		unitPlan.forEach(row -> {
			row.put("action", "Læring og Trivsel gør det.");
			row.put("notApplicable", false);
		});
		refused("anders", write, Map.of("unitPlan", typed(unitPlan), "discussInLocalMed", true, "focusAreaFacts",
				typed(List.of())), "focusAreaFacts");
		attackThenSubmit("anders", write, Map.of("unitPlan", typed(unitPlan), "discussInLocalMed", true));
		attackThenSubmit("rikke", cycle.taskFor("rikke", UnitTranslationProcess.USER_TASK_DISCUSS_IN_LOCAL_MED, KEY),
				Map.of("localMedComment", "MED bakker op."));
		attackThenSubmit(CycleDriver.reviewerOf("laering"),
				cycle.taskFor(CycleDriver.reviewerOf("laering"), UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, KEY),
				Map.of("unitPlanApproved", true, "reviewReason", "", "localMedComment", "MED bakker op."));

		cycle.startFollowUpRound(KEY, LocalDate.of(YEAR, 6, 30));
		Task report = cycle.taskFor("anders", FollowUpRoundProcess.USER_TASK_REPORT_STATUS, KEY);
		List<Map<String, Object>> goals = cycle.rowsOf(report, "goal");
		goals.forEach(row -> row.put("light", "GREEN"));
		attackThenSubmit("anders", report, Map.of("statusReport", typed(goals)));
		Task review = cycle.taskFor("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, KEY);
		attackThenSubmit("karen", review, Map.of("boardStatusComment", "Grønt.", "statusSummary",
				String.valueOf(tasks.getVariable(review.getId(), "statusSummary"))));
		attackThenSubmit("svend", cycle.taskFor("svend", FollowUpRoundProcess.USER_TASK_NOTE_STATUS, KEY),
				Map.of("statusNoted", true, "boardStatusComment", "Grønt."));
		attackThenSubmit("karen", cycle.taskFor("karen", StrategyCycleProcess.USER_TASK_EVALUATE_PLAN, KEY),
				Map.of("evaluation", "Planen virker.", "startNextYear", false));

		assertThat(failures).as("attacks that were not refused, or changed something").isEmpty();
		Set<String> everyTask = new TreeSet<>();
		contracts.all().stream().filter(contract -> contract.taskKey().startsWith("userTask_"))
			.forEach(contract -> everyTask.add(contract.taskKey()));
		assertThat(attacked).as("every user task was attacked").isEqualTo(everyTask);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(KEY)
			.processDefinitionKey(StrategyCycleProcess.KEY).count()).as("the cycle ended").isZero();
	}

	/**
	 * At one task: every protected name with the valid submission (submit-form), through the task's
	 * variable endpoints, through the process instance's, and the task's own properties and
	 * candidates — each refused, none changing anything. Then the valid submission alone.
	 */
	private void attackThenSubmit(String user, Task task, Map<String, Object> valid) {
		attacked.add(task.getTaskDefinitionKey());
		TaskContract contract = contracts
			.contract(processKeyOf(task), task.getTaskDefinitionKey())
			.orElseThrow();
		claim(user, task);
		Map<String, List<Map<String, Object>>> before = snapshot();
		for (String name : attackNames(contract)) {
			Map<String, Object> sent = new LinkedHashMap<>(valid);
			sent.put(name, hostile(name));
			expectRefusal(task, name, "submit-form", exchange(user, HttpMethod.POST,
					"/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", variables(sent))));
		}
		String taskPath = "/engine-rest/task/" + task.getId();
		expectRefusal(task, "unitId", "PUT localVariables", exchange(user, HttpMethod.PUT,
				taskPath + "/localVariables/unitId", Map.of("value", "dagtilbud", "type", "String")));
		expectRefusal(task, "cycleId", "PUT variables", exchange(user, HttpMethod.PUT,
				taskPath + "/variables/cycleId", Map.of("value", 1, "type", "Long")));
		expectRefusal(task, "planId", "POST variables", exchange(user, HttpMethod.POST, taskPath + "/variables",
				Map.of("modifications", variables(Map.of("planId", 1L)))));
		expectRefusal(task, "bodyId", "DELETE variables", exchange(user, HttpMethod.DELETE,
				taskPath + "/variables/bodyId", null));
		expectRefusal(task, "loopCounter", "complete", exchange(user, HttpMethod.POST, taskPath + "/complete",
				Map.of("variables", variables(Map.of("loopCounter", 0)))));
		expectRefusal(task, "name", "PUT task", renamedAndRedated(user, task));
		expectRefusal(task, "kandidater", "add a candidate group", exchange(user, HttpMethod.POST,
				taskPath + "/identity-links", Map.of("groupId", "byraad", "type", "candidate")));
		expectRefused(task, "process instance variables", exchange(user, HttpMethod.POST,
				"/engine-rest/process-instance/" + task.getProcessInstanceId() + "/variables",
				Map.of("modifications", variables(Map.of("unitId", "dagtilbud")))));
		expectRefused(task, "variables of process instances in a batch", exchange(user, HttpMethod.POST,
				"/engine-rest/process-instance/variables-async", Map.of("processInstanceIds",
						List.of(task.getProcessInstanceId()), "variables", variables(Map.of("planSentBack", true)))));
		if (!snapshot().equals(before)) {
			failures.add(task.getTaskDefinitionKey() + ": the attacks changed the database");
		}
		ResponseEntity<String> followUp = withFollowUp(user, task);
		if (followUp.getStatusCode().value() != 204) {
			failures.add("%s: setting one's own follow-up date answered %s %s".formatted(task.getTaskDefinitionKey(),
					followUp.getStatusCode().value(), followUp.getBody()));
		}
		ResponseEntity<String> submitted = exchange(user, HttpMethod.POST,
				"/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", variables(valid)));
		assertThat(submitted.getStatusCode().value()).as("%s: the valid submission alone: %s",
				task.getTaskDefinitionKey(), submitted.getBody()).isEqualTo(204);
		assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("%s completed", task.getTaskDefinitionKey())
			.isZero();
	}

	/**
	 * Every variable the models read or set, and the engine's counters, that this task does not
	 * decide itself. The beans the models' expressions name (a variable of that name would stand in
	 * for the bean) are refused by the same check at every task: all of them are sent at the
	 * political decision, which every cycle passes, and {@link #everyNameTheModelsReadIsProtected}
	 * holds them protected everywhere.
	 */
	private Set<String> attackNames(TaskContract contract) {
		Set<String> names = new TreeSet<>(contracts.protectedVariables());
		if (contract.taskKey().equals(PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN)) {
			names.addAll(ModelVariables.read());
		}
		else {
			ModelVariables.read().stream().filter(name -> !contracts.isBean(name)).forEach(names::add);
		}
		// a field the form only shows is attacked too: changed, it is refused
		names.removeAll(contract.inputs());
		return names;
	}

	private void refused(String user, Task task, Map<String, Object> sent, String field) {
		claim(user, task);
		Map<String, List<Map<String, Object>>> before = snapshot();
		expectRefusal(task, field, "submit-form", exchange(user, HttpMethod.POST,
				"/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", variables(sent))));
		if (!snapshot().equals(before)) {
			failures.add(task.getTaskDefinitionKey() + ": a changed shown field changed the database");
		}
	}

	/** The candidate moves his own deadline to 2099 and renames the task. */
	private ResponseEntity<String> renamedAndRedated(String user, Task task) {
		return updated(user, task, Map.of("name", "Ingen frist", "due", "2099-12-31T12:00:00.000+0100"));
	}

	/** What Tasklist's "Sæt opfølgningsdato" does, and a person still may. */
	private ResponseEntity<String> withFollowUp(String user, Task task) {
		return updated(user, task, Map.of("followUp", YEAR + "-12-01T12:00:00.000+0100"));
	}

	/** PUT /task/{id} as Tasklist sends it: the task as read, with some properties changed. */
	private ResponseEntity<String> updated(String user, Task task, Map<String, Object> changes) {
		ResponseEntity<String> read = exchange(user, HttpMethod.GET, "/engine-rest/task/" + task.getId(), null);
		try {
			@SuppressWarnings("unchecked")
			Map<String, Object> dto = json.readValue(read.getBody(), Map.class);
			// the API cannot read back its own form reference
			dto.remove("camundaFormRef");
			dto.putAll(changes);
			return exchange(user, HttpMethod.PUT, "/engine-rest/task/" + task.getId(), dto);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Cockpit's repair kit stays with the administrators (camunda-admin): a process variable set and
	 * removed, a task's due date moved.
	 */
	private void administratorsStillRepair(Task task) {
		String variable = "/engine-rest/process-instance/" + task.getProcessInstanceId() + "/variables/repairNote";
		assertThat(exchange("admin", HttpMethod.PUT, variable, Map.of("value", "rettet", "type", "String"))
			.getStatusCode().value()).isEqualTo(204);
		assertThat(runtime.getVariable(task.getProcessInstanceId(), "repairNote")).isEqualTo("rettet");
		assertThat(exchange("admin", HttpMethod.DELETE, variable, null).getStatusCode().value()).isEqualTo(204);
		ResponseEntity<String> moved = updated("admin", task, Map.of("due", YEAR + "-01-20T12:00:00.000+0100"));
		assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(204);
	}

	private void expectRefusal(Task task, String name, String how, ResponseEntity<String> answer) {
		String body = answer.getBody() == null ? "" : answer.getBody();
		if (answer.getStatusCode().value() != 400 || !body.contains(name) || !body.contains("Intet er gemt")) {
			failures.add("%s: %s with %s answered %s %s".formatted(task.getTaskDefinitionKey(), how, name,
					answer.getStatusCode().value(), body));
		}
	}

	/** Refused by the guard or, before it, by the user's lack of permission: either way a 4xx. */
	private void expectRefused(Task task, String how, ResponseEntity<String> answer) {
		if (!answer.getStatusCode().is4xxClientError()) {
			failures.add("%s: %s answered %s %s".formatted(task.getTaskDefinitionKey(), how,
					answer.getStatusCode().value(), answer.getBody()));
		}
	}

	/**
	 * Starting a cycle through the start form (as a process owner does in Tasklist) with a variable
	 * the form has not: refused, and no cycle started.
	 */
	private void startFormRefusesWhatItLacks() {
		Map<String, Object> form = new LinkedHashMap<>(CycleDriver.calendar(PLAN, YEAR));
		form.put("cycleId", 1L);
		long cycles = jdbc.queryForObject("select count(*) from strategy_cycle", Long.class);
		ResponseEntity<String> answer = exchange("olivia", HttpMethod.POST,
				"/engine-rest/process-definition/key/" + StrategyCycleProcess.KEY + "/submit-form",
				Map.of("variables", variables(form)));
		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
		assertThat(answer.getBody()).contains("cycleId", "Intet er gemt");
		assertThat(jdbc.queryForObject("select count(*) from strategy_cycle", Long.class)).isEqualTo(cycles);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(KEY).count()).isZero();
	}

	/**
	 * The attack as Tasklist would carry it: the member's session and the webapps' CSRF token,
	 * through the webapps' own REST API, which has none of Årshjul's answers — still a 400 whose
	 * message is the Danish refusal, and nothing saved.
	 */
	private void webappsRefuseTheCountOfDecisions(String user, Task task) {
		claim(user, task);
		Map<String, List<Map<String, Object>>> before = snapshot();
		String session = signIn(user);
		ResponseEntity<String> tasklist = web.exchange("/camunda/app/tasklist/default/", HttpMethod.GET,
				new HttpEntity<>(cookies("JSESSIONID=" + session)), String.class);
		String xsrf = tasklist.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
			.filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
			.map(cookie -> cookie.substring("XSRF-TOKEN=".length(), cookie.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no XSRF token from Tasklist: " + tasklist.getHeaders()));
		HttpHeaders headers = cookies("JSESSIONID=" + session + "; XSRF-TOKEN=" + xsrf);
		headers.add("X-XSRF-TOKEN", xsrf);
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		Map<String, Object> sent = Map.of("decision", DecisionOutcome.APPROVED.name(), "nrOfInstances", 1);
		ResponseEntity<String> answer = web.exchange(
				"/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form", HttpMethod.POST,
				new HttpEntity<>(Map.of("variables", variables(sent)), headers), String.class);
		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
		assertThat(answer.getBody()).contains("Feltet nrOfInstances", "Intet er gemt");
		ResponseEntity<String> local = web.exchange(
				"/camunda/api/engine/engine/default/task/" + task.getId() + "/localVariables/bodyId", HttpMethod.PUT,
				new HttpEntity<>(Map.of("value", "byraad", "type", "String"), headers), String.class);
		assertThat(local.getStatusCode().value()).as(local.getBody()).isEqualTo(400);
		assertThat(local.getBody()).contains("Feltet bodyId");
		assertThat(snapshot()).as("the webapps' attack changed the database").isEqualTo(before);
	}

	private String signIn(String user) {
		TestRestTemplate browser = web.withRedirects(Redirects.DONT_FOLLOW);
		ResponseEntity<String> login = browser.getForEntity("/login", String.class);
		HttpHeaders headers = cookies("JSESSIONID=" + sessionOf(login));
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", "demo");
		Matcher token = CSRF_TOKEN.matcher(login.getBody());
		assertThat(token.find()).as("a CSRF token on the login page").isTrue();
		form.add("_csrf", token.group(1));
		return sessionOf(browser.postForEntity("/login", new HttpEntity<>(form, headers), String.class));
	}

	private static String sessionOf(ResponseEntity<String> response) {
		String cookies = String.join(";", response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE));
		Matcher matcher = SESSION_COOKIE.matcher(cookies);
		assertThat(matcher.find()).as("a session cookie in %s", cookies).isTrue();
		return matcher.group(1);
	}

	private static HttpHeaders cookies(String cookies) {
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.COOKIE, cookies);
		return headers;
	}

	private void claim(String user, Task task) {
		ResponseEntity<String> claimed = exchange(user, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/claim",
				Map.of("userId", user));
		assertThat(claimed.getStatusCode().value()).as("claim: %s", claimed.getBody()).isIn(204, 409);
	}

	private ResponseEntity<String> exchange(String user, HttpMethod method, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		return web.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
	}

	private String processKeyOf(Task task) {
		return task.getProcessDefinitionId().substring(0, task.getProcessDefinitionId().indexOf(':'));
	}

	/** The engine's counters as numbers (nrOfInstances=1: "we were the last body"), anything else as a unit's id. */
	private static Object hostile(String name) {
		return TaskContractRegistry.MULTI_INSTANCE.contains(name) ? 1 : "dagtilbud";
	}

	private Map<String, Object> rows(Task task, String rowKey) {
		return typed(cycle.rowsOf(task, rowKey));
	}

	/** Rows and lists as Tasklist sends them: a Json variable. */
	private Map<String, Object> typed(Object rows) {
		return Map.of("value", write(rows), "type", "Json");
	}

	private String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Form values as the REST API takes them: untyped as form-js sends them, a Long as Long, rows already typed. */
	private Map<String, Object> variables(Map<String, Object> values) {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			if (value instanceof Map<?, ?> typed && typed.containsKey("type")) {
				variables.put(name, typed);
			}
			else {
				Map<String, Object> typed = new LinkedHashMap<>();
				typed.put("value", value);
				if (value instanceof Long) {
					typed.put("type", "Long");
				}
				variables.put(name, typed);
			}
		});
		return variables;
	}

	private Map<String, List<Map<String, Object>>> snapshot() {
		Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
		for (String table : TABLES) {
			tables.put(table, jdbc.queryForList("select * from " + table + " order by 1"));
		}
		return tables;
	}

}
