package dk.aarshjul.approval;

import java.util.List;
import java.util.Set;

import dk.aarshjul.task.ProcessVariable;
import dk.aarshjul.task.TaskContract;
import dk.aarshjul.task.TaskContract.Field;
import dk.aarshjul.task.TaskContracts;
import org.springframework.stereotype.Component;

/**
 * "Politisk behandling" (bpmn/political-approval.bpmn) as Java sees it:
 * its key and the ids of its flow nodes. Code and tests name an element through these
 * constants, so a renamed id fails to compile instead of silently matching nothing;
 * ModelConventionTests keeps them in step with the model.
 */
public final class PoliticalApprovalProcess {

	public static final String KEY = "politicalApproval";

	/** Politisk behandling startet */
	public static final String START_EVENT_POLITICAL_REVIEW_STARTED = "startEvent_politicalReviewStarted";

	/** Send til politisk behandling */
	public static final String SERVICE_TASK_SUBMIT_FOR_POLITICAL_REVIEW = "serviceTask_submitForPoliticalReview";

	/** Afgør hvilke udvalg der skal beslutte */
	public static final String BUSINESS_RULE_TASK_DECIDE_APPROVING_BODIES = "businessRuleTask_decideApprovingBodies";

	/** Politisk beslutning */
	public static final String USER_TASK_DECIDE_ON_PLAN = "userTask_decideOnPlan";

	/** Sendt tilbage? */
	public static final String GATEWAY_SENT_BACK = "gateway_sentBack";

	/** Registrér planen som godkendt */
	public static final String SERVICE_TASK_APPROVE_PLAN = "serviceTask_approvePlan";

	/** Plan godkendt */
	public static final String END_EVENT_PLAN_APPROVED = "endEvent_planApproved";

	/** Sendt tilbage til revision */
	public static final String END_EVENT_PLAN_SENT_BACK = "endEvent_planSentBack";

	/** The process variables this model's gateways and decision tables read. */
	public static final class Variables {

		/** The plan's kind, the DMN table's input for which bodies decide. */
		public static final String PLAN_KIND = "planKind";

		/** Whether a body sent the plan back; passed out to the cycle, which loops back to drafting. */
		public static final String PLAN_SENT_BACK = "planSentBack";

		/** {@link #PLAN_SENT_BACK}, typed. */
		public static final ProcessVariable<Boolean> SENT_BACK = ProcessVariable.flag(PLAN_SENT_BACK);

		/** {@link #PLAN_KIND}, typed: a {@code PlanKind}'s name. */
		public static final ProcessVariable<String> KIND = ProcessVariable.text(PLAN_KIND);

		/** A body's decision (the decision task's form field). */
		public static final ProcessVariable<DecisionOutcome> DECISION = ProcessVariable
			.choice(RecordCommitteeDecision.DECISION, DecisionOutcome.class);

		/** Why the body decided so (the decision task's form field). */
		public static final ProcessVariable<String> REASONING = ProcessVariable.text(RecordCommitteeDecision.REASONING);

		/** Shown on the decision task: the deciding body's name. */
		public static final ProcessVariable<String> BODY_NAME = ProcessVariable.text(PrepareDecisionForm.BODY_NAME);

		/** Shown on the decision task: the hearing's statement and answer, as Markdown. */
		public static final ProcessVariable<String> HEARING_SUMMARY = ProcessVariable.text(PrepareDecisionForm.HEARING_SUMMARY);

		/** The bodies that decide, in order: the DMN table's result, the decision's multi-instance collection. */
		public static final String APPROVING_BODIES = "approvingBodies";

		private Variables() {
		}

	}

	/**
	 * What each user task of this model accepts from the person doing it (its form's fields), and
	 * the variables the model itself reads or sets, which nobody's request may write.
	 */
	@Component
	public static final class Contracts implements TaskContracts {

		public static final TaskContract DECIDE_ON_PLAN = TaskContract.of(KEY, USER_TASK_DECIDE_ON_PLAN,
				Field.choice(RecordCommitteeDecision.DECISION, DecisionOutcome.class),
				Field.text(RecordCommitteeDecision.REASONING, RecordCommitteeDecision.MAX_LENGTH),
				Field.shown(PrepareDecisionForm.EARLIER_DECISIONS));

		Contracts() {
		}

		@Override
		public List<TaskContract> contracts() {
			return List.of(DECIDE_ON_PLAN);
		}

		@Override
		public Set<String> modelVariables() {
			return Set.of(Variables.PLAN_KIND, Variables.PLAN_SENT_BACK, Variables.APPROVING_BODIES);
		}

	}

	private PoliticalApprovalProcess() {
	}

}
