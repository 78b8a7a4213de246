package dk.aarshjul.cycle;

import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.plan.PlanStatusChanges;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Saves the executive board's evaluation of the cycle; the plan is evaluated. */
@Component("recordEvaluation")
class RecordEvaluation implements TaskListener {

	static final String EVALUATION = "evaluation";

	static final int MAX_LENGTH = 10000;

	private final StrategyCycleRepository cycles;

	private final PlanStatusChanges planStatus;

	private final FormData form;

	private final AuditTrail audit;

	RecordEvaluation(StrategyCycleRepository cycles, PlanStatusChanges planStatus, FormData form, AuditTrail audit) {
		this.audit = audit;
		this.cycles = cycles;
		this.planStatus = planStatus;
		this.form = form;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = TaskInput.of(task, form);
		String evaluation = input.requiredText(EVALUATION, MAX_LENGTH, "followup.evaluation");
		boolean startNextYear = input.yes(StrategyCycleProcess.Variables.START_NEXT_YEAR);
		input.refuseIfInvalid();
		cycles.findById(CycleVariables.cycleId(task)).orElseThrow().recordEvaluation(evaluation);
		planStatus.evaluated(CycleVariables.planId(task));
		audit.byTask(task, AuditAction.EVALUATED, null, evaluation);
		StrategyCycleProcess.Variables.NEXT_YEAR.set(task.getExecution(), startNextYear);
	}

}
