package dk.aarshjul.deadline;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dk.aarshjul.deadline.TaskDeadlines.Step;
import dk.aarshjul.engine.EngineCommands;
import dk.aarshjul.engine.EngineTables;
import dk.aarshjul.engine.JobTypes;
import dk.aarshjul.engine.WithoutAuthorization;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One round of the deadline chase ({@link DeadlineChase}): every open task whose moment has come
 * gets the reminder before its deadline, then the two escalations after it, each once, in order,
 * from the task's due date as it is now. A task has no timers of its own — three per task made
 * every task a scope of its own, with an execution, three jobs and their definitions made and
 * deleted at every completion, and tens of thousands of future jobs for the job executor to skip.
 * A task whose deadline ends it (the hearing's) is reminded, not escalated. Each task is chased in
 * a transaction of its own, so one that fails is tried again next time without holding up the
 * others; a step is taken by moving the task's row in {@code task_chase} from the step before, in
 * the transaction that sends its mail, so two nodes never take it twice.
 */
@Component
class DeadlineChasing {

	// the delegate's logger, as before the round moved here: a filter on its name still finds the line
	private static final Logger log = LoggerFactory.getLogger(DeadlineChase.class);

	private final TaskDeadlines deadlines;

	private final TaskReminder reminder;

	private final TaskEscalation escalation;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final EngineCommands commands;

	private final EngineTables tables;

	// per process definition and task key: whether the task escalates (its deadline does not end it)
	private final Map<String, Boolean> escalates = new ConcurrentHashMap<>();

	DeadlineChasing(TaskDeadlines deadlines, TaskReminder reminder, TaskEscalation escalation, JdbcTemplate jdbc,
			ApplicationEventPublisher events, EngineCommands commands, EngineTables tables) {
		this.deadlines = deadlines;
		this.reminder = reminder;
		this.escalation = escalation;
		this.jdbc = jdbc;
		this.events = events;
		this.commands = commands;
		this.tables = tables;
	}

	/**
	 * Chases every open task whose step is due at {@code now} (the engine's time), with the engine that
	 * runs the round, then publishes {@link DeadlinesChased}.
	 */
	void chaseRound(ProcessEngineServices engine, Date now) {
		RepositoryService models = engine.getRepositoryService();
		// every task, whoever's call ran the round (the job executor's is nobody's)
		List<Task> candidates = WithoutAuthorization.inThisCommand(() -> engine.getTaskService()
			.createTaskQuery()
			.dueBefore(deadlines.horizon(now))
			.active()
			.list());
		Map<String, Integer> done = stepsDone();
		Set<String> withTimers = tables.executionsWithJobsOf(JobTypes.TASK_LISTENER_TIMER);
		for (Task task : candidates) {
			if (withTimers.contains(task.getExecutionId())) {
				// made before the chase, by a model version with timers of its own: those chase it
				continue;
			}
			int stepsDone = done.getOrDefault(task.getId(), 0);
			List<Step> due = deadlines.dueSteps(task.getDueDate(), now, stepsDone, escalates(models, task));
			if (!due.isEmpty()) {
				chase(task.getId(), stepsDone, due);
			}
		}
		tables.deleteRowsOfClosedTasks("task_chase", "task_id");
		events.publishEvent(new DeadlinesChased(now.toInstant()));
	}

	private void chase(String taskId, int stepsDone, List<Step> due) {
		try {
			commands.onTaskInNewTransaction(taskId, task -> {
				// the steps are claimed before anything is written for them: a node that lost the
				// race stops here, before its escalation rows meet the winner's
				taken(taskId, stepsDone, stepsDone + due.size());
				for (Step step : due) {
					if (step == Step.REMINDER) {
						reminder.notify(task);
					}
					else {
						escalation.notify(task);
					}
				}
			});
		}
		catch (ChasedElsewhere tookIt) {
			// two nodes' rounds meet on every task due at once; one line, not a stack trace per task
			log.info("Task {}: {} taken by another node meanwhile; nothing sent here", taskId, due);
		}
		catch (RuntimeException ex) {
			log.warn("Task {} could not be chased ({}); trying again at the next round", taskId, due, ex);
		}
	}

	/** Another node's round took the step first: its mail went, this node's is rolled back. */
	private static final class ChasedElsewhere extends RuntimeException {

		ChasedElsewhere(String taskId) {
			super("Task " + taskId + " was chased by another node meanwhile", null, false, false);
		}

	}

	/** Moves the task's row from the steps it had to the steps now taken, or fails if another node did. */
	private void taken(String taskId, int before, int after) {
		int moved;
		try {
			moved = before == 0
					? jdbc.update("insert into task_chase (task_id, steps_done) values (?, ?)", taskId, after)
					: jdbc.update("update task_chase set steps_done = ? where task_id = ? and steps_done = ?", after,
							taskId, before);
		}
		catch (DuplicateKeyException insertedMeanwhile) {
			throw new ChasedElsewhere(taskId);
		}
		if (moved != 1) {
			throw new ChasedElsewhere(taskId);
		}
	}

	private Map<String, Integer> stepsDone() {
		Map<String, Integer> done = new HashMap<>();
		jdbc.query("select task_id, steps_done from task_chase",
				row -> { done.put(row.getString(1), row.getInt(2)); });
		return done;
	}

	/** A task with an interrupting timer on its boundary (the hearing's deadline) closes instead of escalating. */
	private boolean escalates(RepositoryService models, Task task) {
		return escalates.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
				key -> models
					.getBpmnModelInstance(task.getProcessDefinitionId())
					.getModelElementsByType(BoundaryEvent.class)
					.stream()
					.noneMatch(boundary -> boundary.getAttachedTo() != null
							&& task.getTaskDefinitionKey().equals(boundary.getAttachedTo().getId())
							&& boundary.cancelActivity()
							&& !boundary.getChildElementsByType(TimerEventDefinition.class).isEmpty()));
	}

}
