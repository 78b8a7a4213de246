package dk.aarshjul.cycle;

import java.util.List;
import java.util.Set;

import dk.aarshjul.task.ProcessVariable;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.TaskContract;
import dk.aarshjul.task.TaskContract.Field;
import dk.aarshjul.task.TaskContracts;
import org.springframework.stereotype.Component;

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

	/**
	 * What the cycle knows of the model it calls for each follow-up round: its key and the timer a
	 * round waits at for its date (which CycleRescheduling moves). Declared here, and
	 * FollowUpRoundProcess takes them from here: the follow-up phase depends on the cycle, never the
	 * cycle on the phase. (Not elements of the cycle's own model, hence their own class.)
	 */
	public static final class CalledFollowUpRound {

		public static final String KEY = "followUpRound";

		public static final String WAITS_FOR_DATE = "timerEvent_followUpDate";

		private CalledFollowUpRound() {
		}

	}

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

		/** {@link #START_NEXT_YEAR}, typed. */
		public static final ProcessVariable<Boolean> NEXT_YEAR = ProcessVariable.flag(START_NEXT_YEAR);

		/** The board's evaluation of the year (the evaluation task's form field). */
		public static final ProcessVariable<String> EVALUATION = ProcessVariable.text(RecordEvaluation.EVALUATION);

		/** The units chosen to translate the plan, as a JSON list of unit ids. */
		public static final ProcessVariable<Object> TRANSLATING_UNITS = ProcessVariable.json(Contracts.TRANSLATING_UNITS);

		private Variables() {
		}

	}

	/**
	 * What each user task of this model accepts from the person doing it (its form's fields), and
	 * the variables the model itself reads or sets, which nobody's request may write.
	 */
	@Component
	public static final class Contracts implements TaskContracts {

		/** The units chosen to translate the plan (a checklist; translation's PrepareTranslatingUnitsForm offers them). */
		public static final String TRANSLATING_UNITS = "translatingUnits";

		/** The longest plan code or list of follow-up dates a start form sends. */
		static final int START_TEXT = 500;

		/** The start form (forms/start-cycle.form), which process owners submit in Tasklist. */
		public static final TaskContract START_CYCLE = TaskContract.of(KEY, START_EVENT_CYCLE_REQUESTED,
				Field.text(CycleVariables.START_PLAN_CODE, START_TEXT), Field.number(CycleVariables.CYCLE_YEAR).decides(),
				Field.date(CalendarFieldNames.DRAFTING_DEADLINE), Field.date(CalendarFieldNames.CONSULTATION_DEADLINE),
				Field.date(CalendarFieldNames.FINANCE_COMMITTEE_MEETING), Field.date(CalendarFieldNames.COUNCIL_MEETING),
				Field.date(CalendarFieldNames.TRANSLATION_DEADLINE),
				Field.text(CalendarFieldNames.FOLLOW_UP_DATES, START_TEXT), Field.date(CalendarFieldNames.PERIOD_END));

		public static final TaskContract CHOOSE_TRANSLATING_UNITS = TaskContract.of(KEY,
				USER_TASK_CHOOSE_TRANSLATING_UNITS, Field.rows(TRANSLATING_UNITS, TaskContract.MANY_UNITS));

		public static final TaskContract EVALUATE_PLAN = TaskContract.of(KEY, USER_TASK_EVALUATE_PLAN,
				Field.text(RecordEvaluation.EVALUATION, TaskContract.LONG_TEXT), Field.flag(Variables.START_NEXT_YEAR).decides());

		Contracts() {
		}

		@Override
		public List<TaskContract> contracts() {
			return List.of(START_CYCLE, CHOOSE_TRANSLATING_UNITS, EVALUATE_PLAN);
		}

		@Override
		public Set<String> modelVariables() {
			return Set.of(Variables.START_NEXT_YEAR, PrepareNextYearDraft.NEXT_PLAN_ID);
		}

	}

	private StrategyCycleProcess() {
	}

}
