package dk.aarshjul.consultation;

import java.util.List;
import java.util.Set;

import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.task.ProcessVariable;
import dk.aarshjul.task.TaskContract;
import dk.aarshjul.task.TaskContract.Field;
import dk.aarshjul.task.TaskContracts;
import org.springframework.stereotype.Component;

/**
 * "Høring i Hovedudvalget (MED)" (bpmn/med-consultation.bpmn) as Java sees it:
 * its key and the ids of its flow nodes. Code and tests name an element through these
 * constants, so a renamed id fails to compile instead of silently matching nothing;
 * ModelConventionTests keeps them in step with the model.
 */
public final class MedConsultationProcess {

	public static final String KEY = "medConsultation";

	/** Høring startet */
	public static final String START_EVENT_CONSULTATION_STARTED = "startEvent_consultationStarted";

	/** Send udkastet i høring */
	public static final String SERVICE_TASK_SEND_DRAFT_TO_MAIN_COMMITTEE = "serviceTask_sendDraftToMainCommittee";

	/** Afgiv høringssvar */
	public static final String USER_TASK_GIVE_STATEMENT = "userTask_giveStatement";

	/** Høringsfristen er udløbet */
	public static final String BOUNDARY_EVENT_CONSULTATION_DEADLINE = "boundaryEvent_consultationDeadline";

	/** Registrér: intet høringssvar */
	public static final String SERVICE_TASK_RECORD_NO_STATEMENT = "serviceTask_recordNoStatement";

	public static final String GATEWAY_CONSULTATION_CLOSED = "gateway_consultationClosed";

	/** Besvar høringen */
	public static final String USER_TASK_ANSWER_STATEMENT = "userTask_answerStatement";

	/** Tilrettes udkastet? */
	public static final String GATEWAY_ADJUST_DRAFT = "gateway_adjustDraft";

	/** Tilret udkastet efter høringen */
	public static final String USER_TASK_ADJUST_DRAFT = "userTask_adjustDraft";

	public static final String GATEWAY_DRAFT_SETTLED = "gateway_draftSettled";

	/** Høring afsluttet */
	public static final String END_EVENT_CONSULTATION_CLOSED = "endEvent_consultationClosed";

	/** The process variables this model's gateways and decision tables read. */
	public static final class Variables {

		/** Whether the board adjusts the draft after answering the hearing. */
		public static final String ADJUST_DRAFT = "adjustDraft";

		/** {@link #ADJUST_DRAFT}, typed. */
		public static final ProcessVariable<Boolean> DRAFT_TO_ADJUST = ProcessVariable.flag(ADJUST_DRAFT);

		/** Hovedudvalget's statement (the statement task's form field). */
		public static final ProcessVariable<String> STATEMENT = ProcessVariable.text(RecordStatement.STATEMENT);

		/** The board's answer to the statement (the answer task's form field). */
		public static final ProcessVariable<String> STATEMENT_ANSWER = ProcessVariable.text(RecordStatementAnswer.ANSWER);

		/** Shown on the answer task: the statement it answers. */
		public static final ProcessVariable<String> STATEMENT_TEXT = ProcessVariable.text(PrepareAnswerForm.STATEMENT_TEXT);

		private Variables() {
		}

	}

	/**
	 * What each user task of this model accepts from the person doing it (its form's fields), and
	 * the variables the model itself reads or sets, which nobody's request may write.
	 */
	@Component
	public static final class Contracts implements TaskContracts {

		public static final TaskContract GIVE_STATEMENT = TaskContract.of(KEY, USER_TASK_GIVE_STATEMENT,
				Field.text(RecordStatement.STATEMENT, RecordStatement.MAX_LENGTH));

		public static final TaskContract ANSWER_STATEMENT = TaskContract.of(KEY, USER_TASK_ANSWER_STATEMENT,
				Field.text(RecordStatementAnswer.ANSWER, RecordStatement.MAX_LENGTH),
				Field.flag(Variables.ADJUST_DRAFT).decides(), Field.shown(PrepareAnswerForm.STATEMENT_TEXT),
				Field.shown(PrepareAnswerForm.PREVIOUS_ANSWER));

		/** The drafting form again (forms/draft-plan.html), whose rows drafting's SaveDraft reads. */
		public static final TaskContract ADJUST_DRAFT = DraftingProcess.Contracts.DRAFT_PLAN.at(KEY,
				USER_TASK_ADJUST_DRAFT);

		Contracts() {
		}

		@Override
		public List<TaskContract> contracts() {
			return List.of(GIVE_STATEMENT, ANSWER_STATEMENT, ADJUST_DRAFT);
		}

		@Override
		public Set<String> modelVariables() {
			return Set.of(Variables.ADJUST_DRAFT);
		}

	}

	private MedConsultationProcess() {
	}

}
