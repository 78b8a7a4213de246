package dk.aarshjul.engine;

import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;

/** The engine's kinds of job Årshjul tells apart; Camunda names them in internal classes only. */
public final class JobTypes {

	/** A timer of a task listener: the reminders and escalations of a task's deadline. */
	public static final String TASK_LISTENER_TIMER = TimerTaskListenerJobHandler.TYPE;

	private JobTypes() {
	}

}
