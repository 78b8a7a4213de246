package dk.aarshjul.translation;

import java.util.List;
import java.util.Set;

import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.ProcessVariable;
import dk.aarshjul.task.TaskContract;
import dk.aarshjul.task.TaskContract.Field;
import dk.aarshjul.task.TaskContracts;
import org.springframework.stereotype.Component;

/**
 * "Enhedens oversættelse af strategiplanen" (bpmn/unit-translation.bpmn) as Java sees it:
 * its key and the ids of its flow nodes. Code and tests name an element through these
 * constants, so a renamed id fails to compile instead of silently matching nothing;
 * ModelConventionTests keeps them in step with the model.
 */
public final class UnitTranslationProcess {

	public static final String KEY = "unitTranslation";

	/** Oversættelse startet */
	public static final String START_EVENT_TRANSLATION_STARTED = "startEvent_translationStarted";

	/** Klargør enhedens handleplan */
	public static final String SERVICE_TASK_PREPARE_UNIT_TRANSLATION = "serviceTask_prepareUnitTranslation";

	/** Afgør hvem der godkender */
	public static final String BUSINESS_RULE_TASK_DECIDE_REVIEWER = "businessRuleTask_decideReviewer";

	public static final String GATEWAY_WRITE_AGAIN = "gateway_writeAgain";

	/** Oversæt strategiplanen */
	public static final String USER_TASK_WRITE_UNIT_PLAN = "userTask_writeUnitPlan";

	/** Drøftes i lokal-MED? */
	public static final String GATEWAY_DISCUSS_IN_LOCAL_MED = "gateway_discussInLocalMed";

	/** Drøft handleplanen i lokal-MED */
	public static final String USER_TASK_DISCUSS_IN_LOCAL_MED = "userTask_discussInLocalMed";

	public static final String GATEWAY_DISCUSSION_DONE = "gateway_discussionDone";

	/** Godkend handleplan */
	public static final String USER_TASK_REVIEW_UNIT_PLAN = "userTask_reviewUnitPlan";

	/** Godkendt? */
	public static final String GATEWAY_UNIT_PLAN_APPROVED = "gateway_unitPlanApproved";

	/** Handleplan godkendt */
	public static final String END_EVENT_UNIT_PLAN_APPROVED = "endEvent_unitPlanApproved";

	/** The process variables this model's gateways and decision tables read. */
	public static final class Variables {

		/** The unit's kind, the DMN table's input for who reviews its plan. */
		public static final String UNIT_KIND = "unitKind";

		/** Whether the unit plan goes to the local MED committee first. */
		public static final String DISCUSS_IN_LOCAL_MED = "discussInLocalMed";

		/** Whether the reviewer approved the unit plan. */
		public static final String UNIT_PLAN_APPROVED = "unitPlanApproved";

		/** {@link #UNIT_PLAN_APPROVED}, typed. */
		public static final ProcessVariable<Boolean> APPROVED = ProcessVariable.flag(UNIT_PLAN_APPROVED);

		/** {@link #DISCUSS_IN_LOCAL_MED}, typed. */
		public static final ProcessVariable<Boolean> LOCAL_MED_DISCUSSES = ProcessVariable.flag(DISCUSS_IN_LOCAL_MED);

		/** {@link #UNIT_KIND}, typed: a {@code UnitKind}'s name. */
		public static final ProcessVariable<String> KIND = ProcessVariable.text(UNIT_KIND);

		/** Why the reviewer decided so (the review task's form field). */
		public static final ProcessVariable<String> REVIEW_REASON = ProcessVariable.text(RecordUnitPlanReview.REVIEW_REASON);

		/** Local MED's comment on the unit plan (the discussion task's form field, shown to the reviewer). */
		public static final ProcessVariable<String> LOCAL_MED_COMMENT = ProcessVariable.text(RecordLocalMedDiscussion.COMMENT);

		/** Shown on the review task: last round's reason, read-only. */
		public static final ProcessVariable<String> PREVIOUS_REVIEW_REASON = ProcessVariable
			.text(PrepareUnitPlanForm.PREVIOUS_REVIEW_REASON);

		/** Shown on the writing task: the reviewer's reason for sending the plan back. */
		public static final ProcessVariable<String> REVIEW_COMMENT = ProcessVariable.text(PrepareUnitPlanForm.REVIEW_COMMENT);

		/** Shown on the review task: the unit plan, as Markdown. */
		public static final ProcessVariable<String> UNIT_PLAN_SUMMARY = ProcessVariable.text(UnitPlanRows.SUMMARY);

		/** Who reviews the unit's plan: the DMN table's result, read by the review task's candidates. */
		public static final String REVIEWER_ROLE = "reviewerRole";

		private Variables() {
		}

	}

	/**
	 * What each user task of this model accepts from the person doing it (its form's fields), and
	 * the variables the model itself reads or sets, which nobody's request may write.
	 */
	@Component
	public static final class Contracts implements TaskContracts {

		public static final TaskContract WRITE_UNIT_PLAN = TaskContract.of(KEY, USER_TASK_WRITE_UNIT_PLAN,
				Field.rows(UnitPlanRows.VARIABLE, TaskContract.MANY_ROWS),
				Field.flag(Variables.DISCUSS_IN_LOCAL_MED).decides(), Field.shown(CycleVariables.CONCERNS),
				Field.shown(PrepareUnitPlanForm.HAS_LOCAL_MED), Field.shown(PrepareUnitPlanForm.REVIEW_COMMENT),
				Field.shown(CycleVariables.PLAN_TITLE), Field.shown(CycleVariables.CYCLE_YEAR));

		public static final TaskContract DISCUSS_IN_LOCAL_MED = TaskContract.of(KEY, USER_TASK_DISCUSS_IN_LOCAL_MED,
				Field.text(RecordLocalMedDiscussion.COMMENT, TaskContract.LONG_TEXT));

		public static final TaskContract REVIEW_UNIT_PLAN = TaskContract.of(KEY, USER_TASK_REVIEW_UNIT_PLAN,
				Field.flag(Variables.UNIT_PLAN_APPROVED).decides(),
				Field.text(RecordUnitPlanReview.REVIEW_REASON, UnitPlanWriting.MAX_LENGTH),
				Field.shown(RecordLocalMedDiscussion.COMMENT), Field.shown(PrepareUnitPlanForm.PREVIOUS_REVIEW_REASON));

		Contracts() {
		}

		@Override
		public List<TaskContract> contracts() {
			return List.of(WRITE_UNIT_PLAN, DISCUSS_IN_LOCAL_MED, REVIEW_UNIT_PLAN);
		}

		@Override
		public Set<String> modelVariables() {
			return Set.of(Variables.UNIT_KIND, Variables.REVIEWER_ROLE, Variables.DISCUSS_IN_LOCAL_MED,
					Variables.UNIT_PLAN_APPROVED);
		}

	}

	private UnitTranslationProcess() {
	}

}
