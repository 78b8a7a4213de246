package dk.aarshjul.followup;

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

/** Saves the executive board's status for Økonomiudvalget after it has reviewed the units' reports. */
@Component("recordStatusReview")
class RecordStatusReview implements TaskListener {

	static final String BOARD_COMMENT = "boardStatusComment";

	static final int MAX_LENGTH = 10000;

	private final StatusRoundRepository rounds;

	private final StrategyPlanRepository plans;

	private final FormData form;

	private final Clock clock;

	private final AuditTrail audit;

	RecordStatusReview(StatusRoundRepository rounds, StrategyPlanRepository plans, FormData form, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.rounds = rounds;
		this.plans = plans;
		this.form = form;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = TaskInput.of(task, form);
		String comment = input.requiredText(BOARD_COMMENT, MAX_LENGTH, "followup.boardComment");
		input.refuseIfInvalid();
		rounds.save(new StatusRound(plans.getReferenceById(CycleVariables.planId(task)),
				LocalDate.parse(CycleVariables.followUpDate(task)), comment, TaskActor.of(task), clock.instant()));
		audit.byTask(task, AuditAction.STATUS_REVIEWED, CycleVariables.followUpDate(task), comment);
	}

}
