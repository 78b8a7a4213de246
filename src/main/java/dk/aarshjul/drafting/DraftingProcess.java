package dk.aarshjul.drafting;

import java.util.List;
import java.util.Set;

import dk.aarshjul.task.ProcessVariable;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.TaskContract;
import dk.aarshjul.task.TaskContract.Field;
import dk.aarshjul.task.TaskContracts;
import org.springframework.stereotype.Component;

/**
 * "Udarbejdelse af udkast" (bpmn/drafting.bpmn) as Java sees it:
 * its key and the ids of its flow nodes. Code and tests name an element through these
 * constants, so a renamed id fails to compile instead of silently matching nothing;
 * ModelConventionTests keeps them in step with the model.
 */
public final class DraftingProcess {

	public static final String KEY = "drafting";

	/** Udarbejdelse startet */
	public static final String START_EVENT_DRAFTING_STARTED = "startEvent_draftingStarted";

	public static final String GATEWAY_DRAFT_AGAIN = "gateway_draftAgain";

	/** Udarbejd udkast */
	public static final String USER_TASK_DRAFT_PLAN = "userTask_draftPlan";

	/** Kommentér udkastet */
	public static final String USER_TASK_COMMENT_DRAFT = "userTask_commentDraft";

	/** Klar til høring? */
	public static final String USER_TASK_MARK_DRAFT_READY = "userTask_markDraftReady";

	/** Klar til høring? */
	public static final String GATEWAY_DRAFT_READY = "gateway_draftReady";

	/** Udkast klar */
	public static final String END_EVENT_DRAFT_READY = "endEvent_draftReady";

	/** The process variables this model's gateways and decision tables read. */
	public static final class Variables {

		/** Whether the board marked the draft ready (drafting loops until it is). */
		public static final String DRAFT_READY = "draftReady";

		/** {@link #DRAFT_READY}, typed. */
		public static final ProcessVariable<Boolean> READY = ProcessVariable.flag(DRAFT_READY);

		/** The management's comment on the draft (the comment task's form field). */
		public static final ProcessVariable<String> MANAGEMENT_COMMENT = ProcessVariable.text(RecordDraftComment.COMMENT);

		/** Shown on the comment task: a link to the draft on the plan's page. */
		public static final ProcessVariable<String> DRAFT_PAGE_LINK = ProcessVariable.text(PrepareCommentForm.DRAFT_PAGE_LINK);

		/** Shown on the drafting form: the directors one may choose, as JSON. */
		public static final ProcessVariable<String> DIRECTORS = ProcessVariable.text(PrepareDraftForm.DIRECTORS);

		private Variables() {
		}

	}

	/**
	 * What each user task of this model accepts from the person doing it (its form's fields), and
	 * the variables the model itself reads or sets, which nobody's request may write.
	 */
	@Component
	public static final class Contracts implements TaskContracts {

		/** The drafting form (forms/draft-plan.html); it sends back the lists and the heading it shows. */
		public static final TaskContract DRAFT_PLAN = TaskContract.of(KEY, USER_TASK_DRAFT_PLAN,
				Field.rows(PrepareDraftForm.DRAFT_PLAN, TaskContract.MANY_ROWS), Field.shown(PrepareDraftForm.DIRECTORS),
				Field.shown(PrepareDraftForm.FORMER_DIRECTORS), Field.shown(PrepareDraftForm.LIMITS),
				Field.shown(CycleVariables.PLAN_TITLE), Field.shown(CycleVariables.CYCLE_YEAR));

		public static final TaskContract COMMENT_DRAFT = TaskContract.of(KEY, USER_TASK_COMMENT_DRAFT,
				Field.text(RecordDraftComment.COMMENT, TaskContract.LONG_TEXT),
				Field.shown(PrepareCommentForm.PREVIOUS_COMMENT));

		public static final TaskContract MARK_DRAFT_READY = TaskContract.of(KEY, USER_TASK_MARK_DRAFT_READY,
				Field.flag(Variables.DRAFT_READY).decides(), Field.shown(RecordDraftComment.COMMENT));

		Contracts() {
		}

		@Override
		public List<TaskContract> contracts() {
			return List.of(DRAFT_PLAN, COMMENT_DRAFT, MARK_DRAFT_READY);
		}

		@Override
		public Set<String> modelVariables() {
			return Set.of(Variables.DRAFT_READY);
		}

	}

	private DraftingProcess() {
	}

}
