package dk.aarshjul.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.engine.EngineCommands;
import dk.aarshjul.cycle.CycleRefusedException.FieldMessage;
import dk.aarshjul.deadline.DeadlineProperties;
import dk.aarshjul.deadline.TaskDeadlines;
import dk.aarshjul.organisation.CamundaGroups;
import dk.aarshjul.task.CycleVariables;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A process owner moves a date of a running cycle (the committee meeting moved a week): the
 * calendar changes, the change is recorded, and the open tasks' due dates and every waiting timer
 * of the cycle (deadlines, reminders, escalations) are worked out again from the new calendar.
 * A follow-up round moves while it still waits for its date (its status reports are filed under
 * that date); rounds still to come read their date from the calendar when they start.
 */
@Service
public class CycleRescheduling {

	public record MovedTask(String taskId, String name, Date dueDate) {
	}

	public record Rescheduled(CalendarChange change, List<MovedTask> tasks) {
	}

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	static final String FOLLOW_UP_ROUND = StrategyCycleProcess.CalledFollowUpRound.KEY;

	static final String WAITING_FOR_FOLLOW_UP_DATE = StrategyCycleProcess.CalledFollowUpRound.WAITS_FOR_DATE;

	private final StrategyCycleRepository cycles;

	private final CalendarChangeRepository changes;

	private final RuntimeService runtime;

	private final HistoryService history;

	private final TaskService tasks;

	private final ManagementService management;

	private final IdentityService identity;

	private final EngineCommands engine;

	private final TaskDeadlines taskDeadlines;

	private final DeadlineProperties deadlines;

	private final MessageSource messages;

	private final Clock clock;

	private final AuditTrail audit;

	CycleRescheduling(StrategyCycleRepository cycles, CalendarChangeRepository changes, RuntimeService runtime,
			HistoryService history, TaskService tasks, ManagementService management, IdentityService identity,
			EngineCommands engine, TaskDeadlines taskDeadlines, DeadlineProperties deadlines,
			MessageSource messages, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.cycles = cycles;
		this.changes = changes;
		this.runtime = runtime;
		this.history = history;
		this.tasks = tasks;
		this.management = management;
		this.identity = identity;
		this.engine = engine;
		this.taskDeadlines = taskDeadlines;
		this.deadlines = deadlines;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional
	public Rescheduled move(String businessKey, String fieldKey, LocalDate date, String reason, String userId) {
		if (userId == null || identity.createGroupQuery().groupMember(userId).groupId(CamundaGroups.PROCESS_OWNERS)
			.count() == 0) {
			throw refused("field", CalendarApiController.MOVING_DATES);
		}
		StrategyCycle cycle = cycles.findByBusinessKey(businessKey)
			.orElseThrow(() -> refused("businessKey", "calendar.cycle.unknown", businessKey));
		if (cycle.getProcessInstanceId() == null || runtime.createProcessInstanceQuery()
			.processInstanceId(cycle.getProcessInstanceId()).count() == 0) {
			throw refused("businessKey", "calendar.cycle.ended", businessKey);
		}
		CalendarField field = CalendarField.byKey(fieldKey == null ? "" : fieldKey)
			.orElseThrow(() -> refused("field", "calendar.field.unknown", fieldKey));
		LocalDate old = field.of(cycle);
		if (old == null && field.followUpRound() >= 0) {
			throw refused("field", "calendar.followUp.missing",
					message("calendar.field." + field.key()).toLowerCase(DANISH));
		}
		List<FieldMessage> problems = new ArrayList<>();
		List<String> waitingRounds = List.of();
		if (field.followUpRound() >= 0) {
			waitingRounds = followUpProblems(cycle, field, old, date, problems);
		}
		if (date == null) {
			problems.add(problem("date", "calendar.date.required"));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(problem("reason", "calendar.reason.required"));
		}
		else if (reason.length() > 2000) {
			problems.add(problem("reason", "calendar.reason.tooLong"));
		}
		if (date != null) {
			field.replaceIn(cycle.calendar(), date).problems(deadlines.consultationMinimumDays())
				.forEach(p -> problems.add(problem(p.field(), p.messageKey(), p.arguments())));
		}
		if (!problems.isEmpty()) {
			throw new CycleRefusedException(message("calendar.refused"), problems);
		}
		cycle.move(field, date);
		CalendarChange change = changes.save(new CalendarChange(cycle.getId(), field, old, date, reason.strip(),
				userId, clock.instant()));
		audit.record(cycle.getId(), userId, AuditAction.DEADLINE_MOVED, field.key() + ": " + old + " → " + date,
				reason.strip());
		cycles.flush();
		waitingRounds.forEach(round -> moveWaitingRound(round, old, date));
		return new Rescheduled(change, followCalendar(cycle));
	}

	/**
	 * Adds what stands in the way of moving a follow-up date, and answers the rounds that wait for
	 * it (none when the round is still to come).
	 */
	private List<String> followUpProblems(StrategyCycle cycle, CalendarField field, LocalDate old, LocalDate date,
			List<FieldMessage> problems) {
		List<String> waiting = new ArrayList<>();
		boolean begun = false;
		for (HistoricProcessInstance round : history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(FOLLOW_UP_ROUND)
			.variableValueEquals(CycleVariables.CYCLE_ID, cycle.getId())
			.variableValueEquals(CycleVariables.FOLLOW_UP_DATE, old.toString())
			.list()) {
			if (round.getEndTime() == null && runtime.createExecutionQuery().processInstanceId(round.getId())
				.activityId(WAITING_FOR_FOLLOW_UP_DATE).count() > 0) {
				waiting.add(round.getId());
			}
			else {
				begun = true;
			}
		}
		if (begun) {
			problems.add(problem("field", "calendar.followUp.started", old));
		}
		if (date != null && date.isBefore(LocalDate.now(clock))) {
			problems.add(problem("date", "calendar.followUp.past"));
		}
		if (date != null) {
			List<LocalDate> followUps = new ArrayList<>(cycle.getFollowUpDates());
			followUps.set(field.followUpRound(), date);
			for (int round = 1; round < followUps.size(); round++) {
				if (!followUps.get(round).isAfter(followUps.get(round - 1))) {
					problems.add(problem("date", "calendar.followUp.order"));
					break;
				}
			}
		}
		return waiting;
	}

	/** The round and the multi-instance execution that called it both hold the round's date. */
	private void moveWaitingRound(String roundId, LocalDate old, LocalDate date) {
		runtime.setVariable(roundId, CycleVariables.FOLLOW_UP_DATE, date.toString());
		ProcessInstance caller = runtime.createProcessInstanceQuery().subProcessInstanceId(roundId).singleResult();
		if (caller != null) {
			for (Execution execution : runtime.createExecutionQuery().processInstanceId(caller.getId())
				.variableValueEquals(CycleVariables.FOLLOW_UP_DATE, old.toString())
				.list()) {
				runtime.setVariableLocal(execution.getId(), CycleVariables.FOLLOW_UP_DATE, date.toString());
			}
		}
	}

	/** Every process instance of the cycle (the cycle itself and the phases it called) carries its id. */
	private List<MovedTask> followCalendar(StrategyCycle cycle) {
		List<MovedTask> moved = new ArrayList<>();
		for (ProcessInstance instance : runtime.createProcessInstanceQuery()
			.variableValueEquals(CycleVariables.CYCLE_ID, cycle.getId())
			.list()) {
			for (Job timer : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
				management.recalculateJobDuedate(timer.getId(), false);
			}
			for (Map.Entry<String, Date> due : dueDatesNow(instance.getId()).entrySet()) {
				Task task = tasks.createTaskQuery().taskId(due.getKey()).singleResult();
				task.setDueDate(due.getValue());
				tasks.saveTask(task);
				moved.add(new MovedTask(task.getId(), task.getName(), due.getValue()));
			}
		}
		return moved;
	}

	/** Each open task's due date as its model's expression gives it from the calendar now. */
	private Map<String, Date> dueDatesNow(String processInstanceId) {
		return engine.readTasksOf(processInstanceId, task -> taskDeadlines.dueDate(task.getExecution()));
	}

	private CycleRefusedException refused(String field, String key, Object... args) {
		return new CycleRefusedException(message("calendar.refused"), List.of(problem(field, key, args)));
	}

	private FieldMessage problem(String field, String key, Object... args) {
		return new FieldMessage(field, message(key, args));
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, DANISH);
	}

}
