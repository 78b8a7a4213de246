package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
		variables.put("planCode", planCode);
		variables.put("cycleYear", year);
		variables.put("draftingDeadline", year + "-01-15");
		variables.put("consultationDeadline", year + "-02-01");
		variables.put("financeCommitteeMeeting", year + "-02-20");
		variables.put("councilMeeting", year + "-02-27");
		variables.put("translationDeadline", year + "-04-30");
		variables.put("followUpDates", year + "-06-30, " + year + "-12-31");
		variables.put("periodEnd", year + "-12-31");
		return variables;
	}

	public ProcessInstance start(String user, Map<String, Object> variables) {
		identity.setAuthenticatedUserId(user);
		try {
			return runtime.startProcessInstanceByKey(CycleVariables.PROCESS_KEY, variables);
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
		identity.setAuthenticatedUserId(user);
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

	/** How many rows the task's form shows: the filled slots of {@code key} ({@code key1}, {@code key2}, …). */
	public int rows(Task task, String key) {
		int rows = 0;
		while (tasks.getVariable(task.getId(), key + (rows + 1)) != null) {
			rows++;
		}
		return rows;
	}

	/** The form values that give every row of the task's form the same answers. */
	public Map<String, Object> everyRow(Task task, String rowKey, Map<String, Object> answers) {
		Map<String, Object> values = new HashMap<>();
		for (int row = 1; row <= rows(task, rowKey); row++) {
			for (Map.Entry<String, Object> answer : answers.entrySet()) {
				values.put(answer.getKey() + row, answer.getValue());
			}
		}
		return values;
	}

	public Object jsonOf(Object value) {
		try {
			return SpinValues.jsonValue(json.writeValueAsString(value)).create();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Moves the engine clock to the given day and fires every timer that is due by then. */
	public void moveClockTo(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(12, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant()));
		List<Job> due = management.createJobQuery().timers().duedateLowerThan(ClockUtil.getCurrentTime()).list();
		due.forEach(job -> management.executeJob(job.getId()));
	}

	public void resetClock() {
		ClockUtil.reset();
	}

}
