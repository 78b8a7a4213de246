package dk.aarshjul.deadline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dk.aarshjul.engine.EngineCommands;
import dk.aarshjul.engine.EngineTables;
import dk.aarshjul.engine.JobTypes;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import static dk.aarshjul.deadline.TaskDeadlines.Step.FIRST_ESCALATION;
import static dk.aarshjul.deadline.TaskDeadlines.Step.REMINDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A round of the chase, without an engine: which of the open tasks it chases and with what, how
 * the task's row in {@code task_chase} moves, and that a task another node took meanwhile keeps
 * neither this node's mail nor its row and holds up no other task. When each step is due is
 * {@link TaskDeadlines}' to say, so it is stubbed here; that a step is taken once however many
 * rounds run, on a real engine and database, {@link DeadlineChaseTests} shows.
 */
class DeadlineChasingTests {

	private static final Date NOW = new Date(2_000_000_000_000L);

	private static final Date HORIZON = new Date(NOW.getTime() + 5 * 86_400_000L);

	private static final Date DUE = new Date(NOW.getTime() + 86_400_000L);

	private static final String DEFINITION = "unitTranslation:3:17";

	private static final String WRITE_PLAN = "writeUnitPlan";

	private static final String GIVE_STATEMENT = "giveStatement";

	private static final String REVIEW_PLAN = "reviewUnitPlan";

	private static final String DECIDE = "decideOnPlan";

	/**
	 * The hearing's statement ends at its deadline (an interrupting timer on its boundary); the
	 * others have a non-interrupting timer, an interrupting message or nothing on theirs.
	 */
	private static final BpmnModelInstance MODEL = Bpmn.createExecutableProcess("unitTranslation")
		.startEvent()
		.userTask(WRITE_PLAN)
		.userTask(GIVE_STATEMENT)
		.boundaryEvent("hearingEnds").cancelActivity(true).timerWithDuration("P14D").endEvent()
		.moveToActivity(GIVE_STATEMENT)
		.userTask(REVIEW_PLAN)
		.boundaryEvent("reviewNudged").cancelActivity(false).timerWithDuration("P1D").endEvent()
		.moveToActivity(REVIEW_PLAN)
		.userTask(DECIDE)
		.boundaryEvent("planWithdrawn").cancelActivity(true).message("withdrawn").endEvent()
		.moveToActivity(DECIDE)
		.endEvent()
		.done();

	private final TaskDeadlines deadlines = mock(TaskDeadlines.class);

	private final TaskReminder reminder = mock(TaskReminder.class);

	private final TaskEscalation escalation = mock(TaskEscalation.class);

	private final TaskChaseTable taskChase = new TaskChaseTable();

	private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);

	private final EngineCommands commands = mock(EngineCommands.class);

	private final EngineTables tables = mock(EngineTables.class);

	private final ProcessEngineServices engine = mock(ProcessEngineServices.class);

	private final TaskQuery query = mock(TaskQuery.class, RETURNS_SELF);

	private final RepositoryService models = mock(RepositoryService.class);

	private final List<Task> openTasks = new ArrayList<>();

	/** Mails queued in the task's transaction running now; they go out only if it commits. */
	private final List<String> queued = new ArrayList<>();

	/** Mails of the transactions that committed: what people get. */
	private final List<String> sent = new ArrayList<>();

	/** What another node commits while this round runs, seen by every transaction after it. */
	private Runnable anotherNode = () -> {
	};

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	private final DeadlineChasing chasing = new DeadlineChasing(deadlines, reminder, escalation, taskChase, events,
			commands, tables);

	@BeforeEach
	void engineWithOpenTasks() {
		TaskService taskService = mock(TaskService.class);
		when(engine.getTaskService()).thenReturn(taskService);
		when(engine.getRepositoryService()).thenReturn(models);
		when(taskService.createTaskQuery()).thenReturn(query);
		when(query.list()).thenReturn(openTasks);
		when(deadlines.horizon(NOW)).thenReturn(HORIZON);
		when(models.getBpmnModelInstance(DEFINITION)).thenReturn(MODEL);
		when(tables.executionsWithJobsOf(anyString())).thenReturn(Set.of());
		doAnswer(call -> queued.add("reminder " + call.<DelegateTask>getArgument(0).getId())).when(reminder)
			.notify(any());
		doAnswer(call -> queued.add("escalation " + call.<DelegateTask>getArgument(0).getId())).when(escalation)
			.notify(any());
		when(commands.onTaskInNewTransaction(anyString(), any())).thenAnswer(call -> {
			anotherNode.run();
			queued.clear();
			DelegateTask task = mock(DelegateTask.class);
			when(task.getId()).thenReturn(call.getArgument(0));
			Map<String, Integer> before = new HashMap<>(taskChase.rows);
			try {
				call.<Consumer<DelegateTask>>getArgument(1).accept(task);
			}
			catch (RuntimeException rolledBack) {
				taskChase.rows.clear();
				taskChase.rows.putAll(before);
				throw rolledBack;
			}
			sent.addAll(queued);
			return true;
		});
	}

	@BeforeEach
	void captureTheLog() {
		log.start();
		chaseLog().addAppender(log);
	}

	@AfterEach
	void stopCapturing() {
		chaseLog().detachAppender(log);
	}

	@Test
	void aTaskWhoseReminderIsDueGetsTheReminderAloneAndItsRowMovesFromNoneToOne() {
		openTask("t1", "e1", WRITE_PLAN);
		when(deadlines.dueSteps(DUE, NOW, 0, true)).thenReturn(List.of(REMINDER));

		chasing.chaseRound(engine, NOW);

		assertThat(sent).containsExactly("reminder t1");
		assertThat(taskChase.rows).containsExactly(entry("t1", 1));
	}

	@Test
	void aTaskRemindedAndPastItsDeadlineGetsTheFirstEscalationAndItsRowMovesFromOneToTwo() {
		openTask("t1", "e1", WRITE_PLAN);
		taskChase.rows.put("t1", 1);
		when(deadlines.dueSteps(DUE, NOW, 1, true)).thenReturn(List.of(FIRST_ESCALATION));

		chasing.chaseRound(engine, NOW);

		assertThat(sent).containsExactly("escalation t1");
		assertThat(taskChase.rows).containsExactly(entry("t1", 2));
	}

	@Test
	void stepsMissedSinceTheLastRoundAreTakenTogetherInOrderAndTheRowMovesPastThemAll() {
		openTask("t1", "e1", WRITE_PLAN);
		when(deadlines.dueSteps(DUE, NOW, 0, true)).thenReturn(List.of(REMINDER, FIRST_ESCALATION));

		chasing.chaseRound(engine, NOW);

		assertThat(sent).containsExactly("reminder t1", "escalation t1");
		assertThat(taskChase.rows).containsExactly(entry("t1", 2));
		verify(commands, times(1)).onTaskInNewTransaction(anyString(), any());
	}

	@Test
	void aTaskWhoseDeadlineEndsItIsNotEscalatedAndTheModelIsReadOnceForIt() {
		openTask("t1", "e1", GIVE_STATEMENT);
		taskChase.rows.put("t1", 1);
		when(deadlines.dueSteps(DUE, NOW, 1, true)).thenReturn(List.of(FIRST_ESCALATION));

		chasing.chaseRound(engine, NOW);
		chasing.chaseRound(engine, NOW);

		verify(deadlines, times(2)).dueSteps(DUE, NOW, 1, false);
		assertThat(sent).isEmpty();
		assertThat(taskChase.rows).containsExactly(entry("t1", 1));
		verify(models, times(1)).getBpmnModelInstance(DEFINITION);
	}

	@Test
	void onlyAnInterruptingTimerOnItsOwnBoundaryKeepsATaskFromEscalating() {
		openTask("t1", "e1", WRITE_PLAN);
		openTask("t2", "e2", REVIEW_PLAN);
		openTask("t3", "e3", DECIDE);
		taskChase.rows.putAll(Map.of("t1", 1, "t2", 1, "t3", 1));
		when(deadlines.dueSteps(DUE, NOW, 1, true)).thenReturn(List.of(FIRST_ESCALATION));

		chasing.chaseRound(engine, NOW);

		assertThat(sent).as("nothing, a non-interrupting timer, an interrupting message")
			.containsExactly("escalation t1", "escalation t2", "escalation t3");
		verify(deadlines, never()).dueSteps(any(), any(), anyInt(), eq(false));
	}

	@Test
	void aTaskOfAnExecutionWithTimersOfItsOwnIsLeftToThem() {
		openTask("t1", "e1", WRITE_PLAN);
		openTask("t2", "e2", WRITE_PLAN);
		when(tables.executionsWithJobsOf(JobTypes.TASK_LISTENER_TIMER)).thenReturn(Set.of("e1"));
		when(deadlines.dueSteps(DUE, NOW, 0, true)).thenReturn(List.of(REMINDER));

		chasing.chaseRound(engine, NOW);

		assertThat(sent).containsExactly("reminder t2");
		assertThat(taskChase.rows).containsExactly(entry("t2", 1));
	}

	@Test
	void aTaskAnotherNodeChasedMeanwhileKeepsNoMailOfThisNodeAndTheRoundGoesOn() {
		openTask("t1", "e1", WRITE_PLAN);
		openTask("t2", "e2", WRITE_PLAN);
		taskChase.rows.put("t1", 1);
		when(deadlines.dueSteps(DUE, NOW, 1, true)).thenReturn(List.of(FIRST_ESCALATION));
		when(deadlines.dueSteps(DUE, NOW, 0, true)).thenReturn(List.of(REMINDER));
		anotherNode = () -> taskChase.rows.put("t1", 2);

		chasing.chaseRound(engine, NOW);

		assertThat(sent).as("t1's escalation rolled back with its transaction").containsExactly("reminder t2");
		assertThat(taskChase.rows).containsOnly(entry("t1", 2), entry("t2", 1));
		// an everyday meeting of two nodes' rounds: one line, no stack trace, no warning
		assertThat(log.list).singleElement().satisfies(line -> {
			assertThat(line.getLevel()).isEqualTo(Level.INFO);
			assertThat(line.getFormattedMessage())
				.isEqualTo("Task t1: [FIRST_ESCALATION] taken by another node meanwhile; nothing sent here");
			assertThat(line.getThrowableProxy()).isNull();
		});
		verify(events).publishEvent(new DeadlinesChased(NOW.toInstant()));
	}

	@Test
	void aTaskWhoseFirstStepAnotherNodeTookMeanwhileIsNotRemindedTwice() {
		openTask("t1", "e1", WRITE_PLAN);
		when(deadlines.dueSteps(DUE, NOW, 0, true)).thenReturn(List.of(REMINDER));
		anotherNode = () -> taskChase.rows.put("t1", 1);

		chasing.chaseRound(engine, NOW);

		assertThat(sent).as("the other node's reminder is the only one").isEmpty();
		assertThat(taskChase.rows).containsOnly(entry("t1", 1));
		assertThat(log.list).singleElement().satisfies(line -> {
			assertThat(line.getLevel()).isEqualTo(Level.INFO);
			assertThat(line.getFormattedMessage())
				.isEqualTo("Task t1: [REMINDER] taken by another node meanwhile; nothing sent here");
			assertThat(line.getThrowableProxy()).isNull();
		});
	}

	@Test
	void aTaskThatFailsForAnyOtherReasonIsWarnedAboutWithItsCauseAndTriedAgainNextRound() {
		openTask("t1", "e1", WRITE_PLAN);
		when(deadlines.dueSteps(DUE, NOW, 0, true)).thenReturn(List.of(REMINDER));
		doThrow(new IllegalStateException("the mail could not be made")).when(reminder).notify(any());

		chasing.chaseRound(engine, NOW);

		assertThat(sent).isEmpty();
		assertThat(taskChase.rows).as("the step stays to be taken").isEmpty();
		assertThat(log.list).singleElement().satisfies(line -> {
			assertThat(line.getLevel()).isEqualTo(Level.WARN);
			assertThat(line.getFormattedMessage())
				.isEqualTo("Task t1 could not be chased ([REMINDER]); trying again at the next round");
			assertThat(line.getThrowableProxy().getMessage()).isEqualTo("the mail could not be made");
		});
	}

	@Test
	void aRoundLooksAtActiveTasksWithinTheHorizonForgetsClosedOnesAndSaysItIsOver() {
		openTask("t1", "e1", WRITE_PLAN);
		when(deadlines.dueSteps(DUE, NOW, 0, true)).thenReturn(List.of());

		chasing.chaseRound(engine, NOW);

		verify(query).dueBefore(HORIZON);
		verify(query).active();
		verify(commands, never()).onTaskInNewTransaction(anyString(), any());
		assertThat(taskChase.rows).as("a task with nothing due has no row yet").isEmpty();
		verify(tables).deleteRowsOfClosedTasks("task_chase", "task_id");
		verify(events).publishEvent(new DeadlinesChased(NOW.toInstant()));
	}

	private void openTask(String id, String executionId, String key) {
		Task task = mock(Task.class);
		when(task.getId()).thenReturn(id);
		when(task.getExecutionId()).thenReturn(executionId);
		when(task.getDueDate()).thenReturn(DUE);
		when(task.getProcessDefinitionId()).thenReturn(DEFINITION);
		when(task.getTaskDefinitionKey()).thenReturn(key);
		openTasks.add(task);
	}

	private static Logger chaseLog() {
		return (Logger) LoggerFactory.getLogger(DeadlineChase.class);
	}

	/**
	 * {@code task_chase} as the database keeps it: a task's first row is inserted once (its key is
	 * the task), a later step moves it only from the step it was read at.
	 */
	private static final class TaskChaseTable extends JdbcTemplate {

		final Map<String, Integer> rows = new HashMap<>();

		@Override
		public void query(String sql, RowCallbackHandler handler) {
			assertThat(sql).isEqualTo("select task_id, steps_done from task_chase");
			rows.forEach((taskId, stepsDone) -> {
				try {
					ResultSet row = mock(ResultSet.class);
					when(row.getString(1)).thenReturn(taskId);
					when(row.getInt(2)).thenReturn(stepsDone);
					handler.processRow(row);
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
		}

		@Override
		public int update(String sql, Object... args) {
			if (sql.equals("insert into task_chase (task_id, steps_done) values (?, ?)")) {
				if (rows.putIfAbsent((String) args[0], (Integer) args[1]) != null) {
					throw new DuplicateKeyException("task_chase " + args[0]);
				}
				return 1;
			}
			assertThat(sql).isEqualTo("update task_chase set steps_done = ? where task_id = ? and steps_done = ?");
			return rows.replace((String) args[1], (Integer) args[2], (Integer) args[0]) ? 1 : 0;
		}

	}

}
