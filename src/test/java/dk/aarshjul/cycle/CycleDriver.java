package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.approval.DecisionOutcome;
import dk.aarshjul.approval.PoliticalApprovalProcess;
import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.deadline.DeadlineChaseProcess;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.followup.FollowUpRoundProcess;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.ProcessVariable;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plays the people of Demo Kommune in process tests: starts cycles as the process owner and
 * completes tasks as the user who would see them in Tasklist (found through that user's
 * groups, never by task id alone). Timers are fired by moving the engine clock.
 */
@Component
public class CycleDriver {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final IdentityService identity;

	private final ManagementService management;

	private final ObjectMapper json;

	private final FormService forms;

	CycleDriver(RuntimeService runtime, TaskService tasks, IdentityService identity, ManagementService management,
			ObjectMapper json, FormService forms) {
		this.forms = forms;
		this.runtime = runtime;
		this.tasks = tasks;
		this.identity = identity;
		this.management = management;
		this.json = json;
	}

	public static Map<String, Object> calendar(String planCode, int year) {
		Map<String, Object> variables = new HashMap<>();
		CycleVariables.PLAN_CODE.put(variables, planCode);
		CycleVariables.YEAR.put(variables, year);
		variables.put(CalendarFieldNames.DRAFTING_DEADLINE, year + "-01-15");
		variables.put(CalendarFieldNames.CONSULTATION_DEADLINE, year + "-02-01");
		variables.put(CalendarFieldNames.FINANCE_COMMITTEE_MEETING, year + "-02-20");
		variables.put(CalendarFieldNames.COUNCIL_MEETING, year + "-02-27");
		variables.put(CalendarFieldNames.TRANSLATION_DEADLINE, year + "-04-30");
		variables.put(CalendarFieldNames.FOLLOW_UP_DATES, year + "-06-30, " + year + "-12-31");
		variables.put(CalendarFieldNames.PERIOD_END, year + "-12-31");
		return variables;
	}

	public ProcessInstance start(String user, Map<String, Object> variables) {
		signIn(user);
		try {
			return runtime.startProcessInstanceByKey(StrategyCycleProcess.KEY, variables);
		}
		finally {
			identity.clearAuthentication();
		}
	}

	/** The one task of this kind the user sees in Tasklist, within the given process instance tree. */
	public Task taskFor(String user, String taskKey, String businessKeyPrefix) {
		List<Task> visible = tasks.createTaskQuery()
			.taskCandidateUser(user)
			.taskDefinitionKey(taskKey)
			.processInstanceBusinessKeyLike(businessKeyPrefix + "%")
			.list();
		assertThat(visible).as("%s sees exactly one task %s", user, taskKey).hasSize(1);
		return visible.get(0);
	}

	public boolean sees(String user, String taskKey, String businessKeyPrefix) {
		return tasks.createTaskQuery()
			.taskCandidateUser(user)
			.taskDefinitionKey(taskKey)
			.processInstanceBusinessKeyLike(businessKeyPrefix + "%")
			.count() > 0;
	}

	public void complete(String user, Task task, Map<String, Object> variables) {
		signIn(user);
		try {
			tasks.claim(task.getId(), user);
			// as Tasklist does: submitting a Camunda Form sets its values on the task, then completes it
			forms.submitTaskForm(task.getId(), variables);
		}
		finally {
			identity.clearAuthentication();
		}
	}

	public void complete(String user, String taskKey, String businessKey, Map<String, Object> variables) {
		complete(user, taskFor(user, taskKey, businessKey), variables);
	}

	/** The drafting phase, straight through: the board drafts, the management group comments, the board sends it. */
	public void draftReady(String key) {
		complete("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key, Map.of());
		complete("anders", DraftingProcess.USER_TASK_COMMENT_DRAFT, key,
				DraftingProcess.Variables.MANAGEMENT_COMMENT.with("Fint udkast."));
		complete("karen", DraftingProcess.USER_TASK_MARK_DRAFT_READY, key, DraftingProcess.Variables.READY.with(true));
	}

	public void throughConsultation(String key) {
		draftReady(key);
		complete("rikke", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key,
				MedConsultationProcess.Variables.STATEMENT.with("Ingen bemærkninger."));
		complete("karen", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, key,
				MedConsultationProcess.Variables.STATEMENT_ANSWER.with("Taget til efterretning."));
	}

	public void decide(String member, String key, DecisionOutcome outcome, String reasoning) {
		ProcessVariable.Values variables = PoliticalApprovalProcess.Variables.DECISION.with(outcome);
		if (reasoning != null) {
			variables.and(PoliticalApprovalProcess.Variables.REASONING, reasoning);
		}
		complete(member, PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, key, variables);
	}

	/** Starts a cycle and takes it through drafting, hearing and approval to the given units' translation. */
	public ProcessInstance untilTranslation(String planCode, String key, int year, List<String> units) {
		ProcessInstance instance = start("olivia", calendar(planCode, year));
		throughConsultation(key);
		decide("svend", key, DecisionOutcome.APPROVED, null);
		complete("karen", StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS, key,
				StrategyCycleProcess.Variables.TRANSLATING_UNITS.with(jsonOf(units)));
		return instance;
	}

	/** The JSON variable that holds the rows of a task's embedded form, by what a row is about. */
	private static String rowVariable(String rowKey) {
		return switch (rowKey) {
			case "focusArea" -> "unitPlan";
			case "goal" -> "statusReport";
			case "draft" -> "draftPlan";
			case "focusAreaFacts" -> "focusAreaFacts";
			default -> throw new IllegalArgumentException(rowKey);
		};
	}

	/** The rows the task's embedded form shows ({@code focusArea}: the unit plan, {@code goal}: the status report, {@code draft}: the draft's focus areas). */
	public List<Map<String, Object>> rowsOf(Task task, String rowKey) {
		return rowsOf(task.getId(), rowKey);
	}

	public List<Map<String, Object>> rowsOf(String taskId, String rowKey) {
		Object value = tasks.getVariable(taskId, rowVariable(rowKey));
		if (value == null) {
			return new ArrayList<>();
		}
		try {
			return json.readValue(value.toString(), new TypeReference<List<Map<String, Object>>>() {
			});
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** How many rows the task's form shows. */
	public int rows(Task task, String rowKey) {
		return rowsOf(task, rowKey).size();
	}

	/** The form values that give every row of the task's form the same answers. */
	public Map<String, Object> everyRow(Task task, String rowKey, Map<String, Object> answers) {
		return answerRows(task, rowKey, row -> answers);
	}

	/** The form values that give row {@code n} (from 1) of the task's form the answers {@code answers(n)}. */
	public Map<String, Object> answerRows(Task task, String rowKey, IntFunction<Map<String, Object>> answers) {
		List<Map<String, Object>> rows = rowsOf(task, rowKey);
		for (int i = 0; i < rows.size(); i++) {
			rows.get(i).putAll(answers.apply(i + 1));
		}
		return submitted(rowKey, rows);
	}

	/** The rows as the JSON text a REST client submits, with row 1 given {@code firstRow}'s answers. */
	public String rowsJson(String taskId, String rowKey, Map<String, Object> firstRow) {
		List<Map<String, Object>> rows = rowsOf(taskId, rowKey);
		rows.get(0).putAll(firstRow);
		try {
			return json.writeValueAsString(rows);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A form value as the engine's REST API takes it: the rows of an embedded form as a Json variable. */
	public static Map<String, Object> restValue(Object value) {
		if (value instanceof org.camunda.spin.plugin.variable.value.JsonValue rows) {
			return Map.of("value", rows.getValue().toString(), "type", "Json");
		}
		return Map.of("value", value);
	}

	/** The form values of an embedded form that submits these rows. */
	public Map<String, Object> submitted(String rowKey, List<Map<String, Object>> rows) {
		Map<String, Object> values = new HashMap<>();
		values.put(rowVariable(rowKey), jsonOf(rows));
		return values;
	}

	/** A focus area as the drafting form submits it; goals as {@code description, measure, target, dueDate}. */
	public static Map<String, Object> draftArea(String title, String director, List<Map<String, Object>> goals) {
		Map<String, Object> area = new HashMap<>();
		area.put("title", title);
		area.put("strategy", "");
		area.put("specialForYear", "");
		area.put("responsibleDirector", director == null ? "" : director);
		area.put("goals", goals);
		return area;
	}

	public static Map<String, Object> draftGoal(String description, String measure, String target, String dueDate) {
		Map<String, Object> goal = new HashMap<>();
		goal.put("description", description);
		goal.put("measure", measure == null ? "" : measure);
		goal.put("target", target == null ? "" : target);
		goal.put("dueDate", dueDate == null ? "" : dueDate);
		return goal;
	}

	public Object jsonOf(Object value) {
		try {
			return SpinValues.jsonValue(json.writeValueAsString(value)).create();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Moves the engine clock to noon of the given day and runs every job that is due by then, as
	 * the job executor would: timers, the quarter-hourly deadline chase, and the mails and other
	 * work they queue. The chase's next round is made due now: tests move the clock back and forth
	 * across the years, and its timer stays where the last move put it.
	 */
	public void moveClockTo(LocalDate day) {
		Date now = Date.from(day.atTime(12, 0).atZone(WorkingTime.ZONE).toInstant());
		ClockUtil.setCurrentTime(now);
		management.createJobQuery().processDefinitionKey(DeadlineChaseProcess.KEY).timers().list()
			.forEach(chase -> management.setJobDuedate(chase.getId(), now));
		runDueJobs();
	}

	/** One round of the deadline chase at the engine's time now, and nothing else that is due. */
	public void chaseDeadlines() {
		Date now = ClockUtil.getCurrentTime();
		for (Job quarter : management.createJobQuery().processDefinitionKey(DeadlineChaseProcess.KEY).timers().list()) {
			management.setJobDuedate(quarter.getId(), now);
			management.executeJob(quarter.getId());
		}
		management.createJobQuery().processDefinitionKey(DeadlineChaseProcess.KEY).messages().list()
			.forEach(round -> management.executeJob(round.getId()));
	}

	/** Runs due jobs until none is left; a failing job stays behind with fewer retries, as in production. */
	public void runDueJobs() {
		Set<String> failed = new HashSet<>();
		List<Job> due;
		while (!(due = management.createJobQuery().executable().list().stream()
			.filter(job -> !failed.contains(job.getId()))
			.toList()).isEmpty()) {
			for (Job job : due) {
				try {
					management.executeJob(job.getId());
				}
				catch (RuntimeException ex) {
					failed.add(job.getId());
				}
			}
		}
	}

	/** The unit's chief, who writes its plan and reports its status. */
	public String chiefOf(String unit) {
		return identity.createUserQuery().memberOfGroup(dk.aarshjul.organisation.CamundaGroups.unitChief(unit))
			.singleResult()
			.getId();
	}

	/** Who reviews the unit's plan without having written it: a department's core-area chief, else the director. */
	public static String reviewerOf(String unit) {
		return List.of("skoler", "dagtilbud").contains(unit) ? "anders" : "karen";
	}

	/** A unit plan with an action in every focus area, not discussed in local MED. */
	public Map<String, Object> unitPlanOf(Task task, String action) {
		Map<String, Object> answers = everyRow(task, "focusArea", Map.of("action", action, "notApplicable", false));
		UnitTranslationProcess.Variables.LOCAL_MED_DISCUSSES.put(answers, false);
		return answers;
	}

	/** The unit's status report task in the cycle's running follow-up round. */
	public Task statusReportOf(String key, String unit) {
		return tasks.createTaskQuery()
			.taskDefinitionKey(FollowUpRoundProcess.USER_TASK_REPORT_STATUS)
			.processInstanceBusinessKey(key)
			.list()
			.stream()
			.filter(candidate -> unit.equals(tasks.getVariable(candidate.getId(), CycleVariables.UNIT_ID)))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Moves the clock to the follow-up date and starts the cycle's waiting round — that round's
	 * timer only, so that no other cycle in the database moves on.
	 */
	public void startFollowUpRound(String key, LocalDate date) {
		ClockUtil.setCurrentTime(Date.from(date.atTime(12, 0).atZone(WorkingTime.ZONE).toInstant()));
		startWaitingFollowUpRound(key);
	}

	/**
	 * Starts the cycle's waiting follow-up round at the engine's time now, however far off its
	 * date: for a benchmark whose second node keeps its own clock, which a test cannot move.
	 */
	public void startWaitingFollowUpRound(String key) {
		String cycleInstance = runtime.createProcessInstanceQuery().processDefinitionKey(StrategyCycleProcess.KEY)
			.processInstanceBusinessKey(key)
			.singleResult()
			.getId();
		for (ProcessInstance round : runtime.createProcessInstanceQuery().superProcessInstanceId(cycleInstance).list()) {
			management.createJobQuery().processInstanceId(round.getId()).timers().executable().list()
				.forEach(job -> management.executeJob(job.getId()));
		}
	}

	/** As the webapps do: the user with their groups, which is what most grants are given to. */
	private void signIn(String user) {
		identity.setAuthentication(user,
				identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
	}

	public void resetClock() {
		ClockUtil.reset();
	}

}
