package dk.aarshjul.approval;

import java.time.Clock;
import java.time.LocalDate;

import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.TaskActor;
import dk.aarshjul.task.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Saves a body's decision. Sending back, or approving with changes, needs a reason. Sending
 * back ends the round of decisions and returns the plan to drafting.
 */
@Component("recordCommitteeDecision")
class RecordCommitteeDecision implements TaskListener {

	static final String DECISION = "decision";

	static final String REASONING = "reasoning";

	static final int MAX_LENGTH = 10000;

	private final CommitteeDecisionRepository decisions;

	private final StrategyPlanRepository plans;

	private final FormData form;

	private final Clock clock;

	private final AuditTrail audit;

	RecordCommitteeDecision(CommitteeDecisionRepository decisions, StrategyPlanRepository plans, FormData form,
			Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.decisions = decisions;
		this.plans = plans;
		this.form = form;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = TaskInput.of(task, form);
		DecisionOutcome outcome = input.choice(DECISION, DecisionOutcome.class, "approval.decision.required");
		String reasoning = input.optionalText(REASONING, MAX_LENGTH, "approval.reasoning");
		input.require(outcome == null || outcome == DecisionOutcome.APPROVED || !reasoning.isEmpty(),
				"approval.reasoning.required");
		input.refuseIfInvalid();
		LocalDate meeting = task.getDueDate() == null ? null
				: task.getDueDate().toInstant().atZone(clock.getZone()).toLocalDate();
		decisions.save(new CommitteeDecision(plans.getReferenceById(CycleVariables.planId(task)),
				CycleVariables.bodyId(task), CycleVariables.YEAR.from(task), meeting, outcome,
				reasoning.isEmpty() ? null : reasoning, TaskActor.of(task), clock.instant()));
		audit.byTask(task, AuditAction.DECISION, CycleVariables.bodyId(task) + ": " + outcome,
				reasoning.isEmpty() ? null : reasoning);
		PoliticalApprovalProcess.Variables.SENT_BACK.set(task.getExecution().getProcessInstance(),
				outcome == DecisionOutcome.SENT_BACK);
	}

}
