package dk.aarshjul.cycle;

/**
 * "Årshjul – strategiplanens år" (bpmn/strategy-cycle.bpmn) as Java sees it:
 * its key and the ids of its flow nodes. Code and tests name an element through these
 * constants, so a renamed id fails to compile instead of silently matching nothing;
 * ModelConventionTests keeps them in step with the model.
 */
public final class StrategyCycleProcess {

	public static final String KEY = "strategyCycle";

	/** Årets cyklus ønskes startet */
	public static final String START_EVENT_CYCLE_REQUESTED = "startEvent_cycleRequested";

	/** Registrér cyklus og kalender */
	public static final String SERVICE_TASK_REGISTER_CYCLE = "serviceTask_registerCycle";

	public static final String GATEWAY_DRAFTING_AGAIN = "gateway_draftingAgain";

	/** Udarbejd udkast */
	public static final String CALL_ACTIVITY_DRAFTING = "callActivity_drafting";

	/** Høring i Hovedudvalget */
	public static final String CALL_ACTIVITY_MED_CONSULTATION = "callActivity_medConsultation";

	/** Politisk behandling */
	public static final String CALL_ACTIVITY_POLITICAL_APPROVAL = "callActivity_politicalApproval";

	/** Godkendt? */
	public static final String GATEWAY_PLAN_APPROVED = "gateway_planApproved";

	/** Vælg enheder der skal oversætte planen */
	public static final String USER_TASK_CHOOSE_TRANSLATING_UNITS = "userTask_chooseTranslatingUnits";

	/** Enhedens oversættelse */
	public static final String CALL_ACTIVITY_UNIT_TRANSLATION = "callActivity_unitTranslation";

	/** Start opfølgning */
	public static final String SERVICE_TASK_START_FOLLOW_UP = "serviceTask_startFollowUp";

	/** Halvårlig opfølgning */
	public static final String CALL_ACTIVITY_FOLLOW_UP_ROUND = "callActivity_followUpRound";

	/** Evaluér strategiplanen */
	public static final String USER_TASK_EVALUATE_PLAN = "userTask_evaluatePlan";

	/** Næste års plan? */
	public static final String GATEWAY_START_NEXT_YEAR = "gateway_startNextYear";

	/** Kopiér planen som næste års udkast */
	public static final String SERVICE_TASK_PREPARE_NEXT_YEAR_DRAFT = "serviceTask_prepareNextYearDraft";

	/** Næste års udkast klar */
	public static final String END_EVENT_NEXT_YEAR_PREPARED = "endEvent_nextYearPrepared";

	/** Cyklus afsluttet */
	public static final String END_EVENT_CYCLE_COMPLETED = "endEvent_cycleCompleted";

	/** The process variables this model's gateways and decision tables read. */
	public static final class Variables {

		/** Whether the evaluation copies the plan as next year's draft. */
		public static final String START_NEXT_YEAR = "startNextYear";

		private Variables() {
		}

	}

	private StrategyCycleProcess() {
	}

}
