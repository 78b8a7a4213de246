package dk.aarshjul.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.cycle.CycleRefusedException.FieldMessage;
import dk.aarshjul.deadline.DeadlineProperties;
import dk.aarshjul.deadline.TaskDeadlines;
import dk.aarshjul.organisation.CamundaGroups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
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
 */
@Service
public class CycleRescheduling {

	public record MovedTask(String taskId, String name, Date dueDate) {
	}

	public record Rescheduled(CalendarChange change, List<MovedTask> tasks) {
	}

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private final StrategyCycleRepository cycles;

	private final CalendarChangeRepository changes;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final IdentityService identity;

	private final ProcessEngineConfigurationImpl engine;

	private final TaskDeadlines taskDeadlines;

	private final DeadlineProperties deadlines;

	private final MessageSource messages;

	private final Clock clock;

	private final AuditTrail audit;

	CycleRescheduling(StrategyCycleRepository cycles, CalendarChangeRepository changes, RuntimeService runtime,
			TaskService tasks, ManagementService management, IdentityService identity,
			ProcessEngineConfigurationImpl engine, TaskDeadlines taskDeadlines, DeadlineProperties deadlines,
			MessageSource messages, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.cycles = cycles;
		this.changes = changes;
		this.runtime = runtime;
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
			throw refused("field", "cycle.forbidden");
		}
		StrategyCycle cycle = cycles.findByBusinessKey(businessKey)
			.orElseThrow(() -> refused("businessKey", "calendar.cycle.unknown", businessKey));
		if (cycle.getProcessInstanceId() == null || runtime.createProcessInstanceQuery()
			.processInstanceId(cycle.getProcessInstanceId()).count() == 0) {
			throw refused("businessKey", "calendar.cycle.ended", businessKey);
		}
		CalendarField field = CalendarField.byKey(fieldKey == null ? "" : fieldKey)
			.orElseThrow(() -> refused("field", "calendar.field.unknown", fieldKey));
		List<FieldMessage> problems = new ArrayList<>();
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
		LocalDate old = field.of(cycle);
		cycle.move(field, date);
		CalendarChange change = changes.save(new CalendarChange(cycle.getId(), field, old, date, reason.strip(),
				userId, clock.instant()));
		audit.record(cycle.getId(), userId, AuditAction.DEADLINE_MOVED, field.key() + ": " + old + " → " + date,
				reason.strip());
		cycles.flush();
		return new Rescheduled(change, followCalendar(cycle));
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
		return engine.getCommandExecutorTxRequired().execute(context -> {
			Map<String, Date> dueDates = new LinkedHashMap<>();
			for (TaskEntity task : context.getTaskManager().findTasksByProcessInstanceId(processInstanceId)) {
				dueDates.put(task.getId(), taskDeadlines.dueDate(task.getExecution()));
			}
			return dueDates;
		});
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
