package dk.aarshjul.consultation;

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

		private Variables() {
		}

	}

	private MedConsultationProcess() {
	}

}
