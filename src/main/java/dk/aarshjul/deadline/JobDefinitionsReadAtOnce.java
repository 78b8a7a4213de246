package dk.aarshjul.deadline;

import dk.aarshjul.task.UserTaskLifecycle;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.springframework.stereotype.Component;

/**
 * Every user task has three timers (reminder and two escalations), each with a job definition of
 * its own. Completing a task deletes its three timers and usually creates the next task's three,
 * and Camunda reads each of those six job definitions by id, one statement apiece. Read once,
 * as the task completes, all job definitions of its model are in the command's entity cache, where
 * those six reads find them: one statement instead of six when the next task is in the same model.
 */
@Component
class JobDefinitionsReadAtOnce implements UserTaskLifecycle {

	@Override
	public void completed(DelegateTask task) {
		CommandContext command = Context.getCommandContext();
		String definition = task.getProcessDefinitionId();
		if (command == null || definition == null || alreadyRead(command, definition)) {
			return;
		}
		command.getJobDefinitionManager().findByProcessDefinitionId(definition);
	}

	private static boolean alreadyRead(CommandContext command, String definition) {
		return command.getDbEntityManager()
			.getDbEntityCache()
			.getEntitiesByType(JobDefinitionEntity.class)
			.stream()
			.anyMatch(jobDefinition -> definition.equals(jobDefinition.getProcessDefinitionId()));
	}

}
