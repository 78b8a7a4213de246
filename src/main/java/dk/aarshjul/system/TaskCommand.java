package dk.aarshjul.system;

import java.lang.reflect.Field;

import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * A command by which a user acts on one task: completes it, submits its form or claims it.
 * Camunda's commands keep the task's id in a protected field and offer no getter, so it is read
 * by reflection; a command that has none is no task command here.
 */
record TaskCommand(String action, String taskId) {

	static TaskCommand of(Command<?> command) {
		String action = command instanceof SubmitTaskFormCmd ? "submit-form"
				: command instanceof CompleteTaskCmd ? "complete" : command instanceof ClaimTaskCmd ? "claim" : null;
		return action == null ? null : new TaskCommand(action, taskIdOf(command));
	}

	/** Completing a task moves its process on, and so may collide with the other tasks of the same parent. */
	boolean completes() {
		return !"claim".equals(action);
	}

	private static String taskIdOf(Command<?> command) {
		for (Class<?> type = command.getClass(); type != Object.class; type = type.getSuperclass()) {
			try {
				Field field = type.getDeclaredField("taskId");
				field.setAccessible(true);
				return (String) field.get(command);
			}
			catch (NoSuchFieldException ex) {
				// look in the superclass
			}
			catch (ReflectiveOperationException | RuntimeException ex) {
				return null;
			}
		}
		return null;
	}

}
