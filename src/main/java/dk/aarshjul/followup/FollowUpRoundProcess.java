package dk.aarshjul.followup;

/**
 * "Halvårlig opfølgning" (bpmn/follow-up-round.bpmn) as Java sees it:
 * its key and the ids of its flow nodes. Code and tests name an element through these
 * constants, so a renamed id fails to compile instead of silently matching nothing;
 * ModelConventionTests keeps them in step with the model.
 */
public final class FollowUpRoundProcess {

	public static final String KEY = "followUpRound";

	/** Opfølgningsrunde startet */
	public static final String START_EVENT_FOLLOW_UP_ROUND_STARTED = "startEvent_followUpRoundStarted";

	/** Opfølgningsdatoen er nået */
	public static final String TIMER_EVENT_FOLLOW_UP_DATE = "timerEvent_followUpDate";

	/** Rapportér status */
	public static final String USER_TASK_REPORT_STATUS = "userTask_reportStatus";

	/** Gennemgå samlet status */
	public static final String USER_TASK_REVIEW_STATUS = "userTask_reviewStatus";

	/** Status til efterretning */
	public static final String USER_TASK_NOTE_STATUS = "userTask_noteStatus";

	/** Opfølgningsrunde afsluttet */
	public static final String END_EVENT_FOLLOW_UP_ROUND_DONE = "endEvent_followUpRoundDone";

	private FollowUpRoundProcess() {
	}

}
