package dk.aarshjul.deadline;

/**
 * "Påmind og eskalér opgaver" (bpmn/deadline-chase.bpmn) as Java sees it: its key and the ids of
 * its flow nodes; ModelConventionTests keeps them in step with the model.
 */
public final class DeadlineChaseProcess {

	public static final String KEY = "deadlineChase";

	/** Hvert kvarter */
	public static final String START_EVENT_EVERY_QUARTER_HOUR = "startEvent_everyQuarterHour";

	/** Påmind og eskalér */
	public static final String SERVICE_TASK_CHASE_DEADLINES = "serviceTask_chaseDeadlines";

	/** Opgaver påmindet og eskaleret */
	public static final String END_EVENT_DEADLINES_CHASED = "endEvent_deadlinesChased";

	private DeadlineChaseProcess() {
	}

}
