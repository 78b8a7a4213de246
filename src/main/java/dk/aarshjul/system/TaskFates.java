package dk.aarshjul.system;

import java.util.Comparator;
import java.util.List;

import dk.aarshjul.engine.EngineCommands;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Looks up what became of a task, from the runtime and from history, whatever the asking user
 * may read: the answer names only who completed it and when, which everyone who could act on the
 * task may know.
 */
@Component
class TaskFates {

	private static final String COMPLETED = "completed";

	private final EngineCommands commands;

	private final TaskService tasks;

	private final HistoryService history;

	private final IdentityService identity;

	TaskFates(EngineCommands commands, TaskService tasks, HistoryService history, IdentityService identity) {
		this.commands = commands;
		this.tasks = tasks;
		this.history = history;
		this.identity = identity;
	}

	TaskFate fateOf(String taskId) {
		if (taskId == null) {
			return TaskFate.unknown();
		}
		return commands.withoutAuthorization(() -> read(taskId));
	}

	private TaskFate read(String taskId) {
		Task open = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (open != null) {
			return TaskFate.open(open.getAssignee(), nameOf(open.getAssignee()));
		}
		HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
		if (done == null || done.getEndTime() == null) {
			return TaskFate.unknown();
		}
		if (!COMPLETED.equals(done.getDeleteReason())) {
			return new TaskFate(TaskFate.State.CLOSED, null, null, done.getEndTime().toInstant());
		}
		String completedBy = completerOf(taskId, done);
		return new TaskFate(TaskFate.State.COMPLETED, completedBy, nameOf(completedBy), done.getEndTime().toInstant());
	}

	/** Who completed it: the user operation log knows; a task completed without a signed-in user, its assignee. */
	private String completerOf(String taskId, HistoricTaskInstance done) {
		List<UserOperationLogEntry> completions = history.createUserOperationLogQuery()
			.taskId(taskId)
			.operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
			.list();
		return completions.stream()
			.filter(entry -> entry.getUserId() != null)
			.max(Comparator.comparing(UserOperationLogEntry::getTimestamp))
			.map(UserOperationLogEntry::getUserId)
			.orElse(done.getAssignee());
	}

	private String nameOf(String userId) {
		if (userId == null) {
			return null;
		}
		User user = identity.createUserQuery().userId(userId).singleResult();
		if (user == null) {
			return userId;
		}
		String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
				+ (user.getLastName() == null ? "" : user.getLastName())).strip();
		return name.isEmpty() ? userId : name;
	}

}
