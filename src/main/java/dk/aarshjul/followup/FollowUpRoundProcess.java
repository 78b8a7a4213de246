package dk.aarshjul.followup;

import java.util.List;
import java.util.Set;

import dk.aarshjul.cycle.StrategyCycleProcess;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.TaskContract;
import dk.aarshjul.task.TaskContract.Field;
import dk.aarshjul.task.TaskContracts;
import org.springframework.stereotype.Component;

/**
 * "Halvårlig opfølgning" (bpmn/follow-up-round.bpmn) as Java sees it:
 * its key and the ids of its flow nodes. Code and tests name an element through these
 * constants, so a renamed id fails to compile instead of silently matching nothing;
 * ModelConventionTests keeps them in step with the model.
 */
public final class FollowUpRoundProcess {

	public static final String KEY = StrategyCycleProcess.CalledFollowUpRound.KEY;

	/** Opfølgningsrunde startet */
	public static final String START_EVENT_FOLLOW_UP_ROUND_STARTED = "startEvent_followUpRoundStarted";

	/** Opfølgningsdatoen er nået */
	public static final String TIMER_EVENT_FOLLOW_UP_DATE = StrategyCycleProcess.CalledFollowUpRound.WAITS_FOR_DATE;

	/** Rapportér status */
	public static final String USER_TASK_REPORT_STATUS = "userTask_reportStatus";

	/** Gennemgå samlet status */
	public static final String USER_TASK_REVIEW_STATUS = "userTask_reviewStatus";

	/** Status til efterretning */
	public static final String USER_TASK_NOTE_STATUS = "userTask_noteStatus";

	/** Opfølgningsrunde afsluttet */
	public static final String END_EVENT_FOLLOW_UP_ROUND_DONE = "endEvent_followUpRoundDone";

	/**
	 * What each user task of this model accepts from the person doing it (its form's fields), and
	 * the variables the model itself reads or sets, which nobody's request may write.
	 */
	@Component
	public static final class Contracts implements TaskContracts {

		/** An embedded form (forms/report-status.html); it sends back the heading it shows. */
		public static final TaskContract REPORT_STATUS = TaskContract.of(KEY, USER_TASK_REPORT_STATUS,
				Field.rows(PrepareStatusReportForm.VARIABLE, TaskContract.MANY_ROWS), Field.shown(CycleVariables.CONCERNS),
				Field.shown(CycleVariables.FOLLOW_UP_DATE), Field.shown(CycleVariables.PLAN_TITLE),
				Field.shown(CycleVariables.CYCLE_YEAR));

		public static final TaskContract REVIEW_STATUS = TaskContract.of(KEY, USER_TASK_REVIEW_STATUS,
				Field.text(RecordStatusReview.BOARD_COMMENT, RecordStatusReview.MAX_LENGTH),
				Field.shown(PrepareStatusSummary.SUMMARY), Field.shown(PrepareStatusSummary.INDICATOR_SUMMARY),
				Field.shown(PrepareStatusReviewForm.PREVIOUS_COMMENT));

		public static final TaskContract NOTE_STATUS = TaskContract.of(KEY, USER_TASK_NOTE_STATUS,
				Field.flag(RecordStatusNoted.NOTED), Field.shown(PrepareStatusSummary.SUMMARY),
				Field.shown(PrepareStatusSummary.INDICATOR_SUMMARY), Field.shown(RecordStatusReview.BOARD_COMMENT));

		Contracts() {
		}

		@Override
		public List<TaskContract> contracts() {
			return List.of(REPORT_STATUS, REVIEW_STATUS, NOTE_STATUS);
		}

		@Override
		public Set<String> modelVariables() {
			return Set.of();
		}

	}

	private FollowUpRoundProcess() {
	}

}
