package dk.aarshjul.followup;

import java.time.Clock;
import java.time.LocalDate;

import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.TaskActor;
import dk.aarshjul.task.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records that Økonomiudvalget took the round's status to note. */
@Component("recordStatusNoted")
class RecordStatusNoted implements TaskListener {

	static final String NOTED = "statusNoted";

	private final StatusRoundRepository rounds;

	private final FormData form;

	private final Clock clock;

	private final AuditTrail audit;

	RecordStatusNoted(StatusRoundRepository rounds, FormData form, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.rounds = rounds;
		this.form = form;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void notify(DelegateTask task) {
		TaskInput input = TaskInput.of(task, form);
		input.ticked(NOTED, "followup.noted.required");
		input.refuseIfInvalid();
		rounds.findByPlanIdAndPeriodEnd(CycleVariables.planId(task), LocalDate.parse(CycleVariables.followUpDate(task)))
			.orElseThrow()
			.noted(TaskActor.of(task), clock.instant());
		audit.byTask(task, AuditAction.STATUS_NOTED, CycleVariables.followUpDate(task), null);
	}

}
