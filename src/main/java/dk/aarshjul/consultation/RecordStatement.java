package dk.aarshjul.consultation;

import java.time.Clock;

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

/** Saves Hovedudvalget's statement (høringssvar) when its task is completed. */
@Component("recordStatement")
class RecordStatement implements TaskListener {

	static final String STATEMENT = "statement";

	static final int MAX_LENGTH = 10000;

	private final ConsultationStatementRepository statements;

	private final StrategyPlanRepository plans;

	private final MainCommittee mainCommittee;

	private final FormData form;

	private final Clock clock;

	private final AuditTrail audit;

	RecordStatement(ConsultationStatementRepository statements, StrategyPlanRepository plans,
			MainCommittee mainCommittee, FormData form, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.statements = statements;
		this.plans = plans;
		this.mainCommittee = mainCommittee;
		this.form = form;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = TaskInput.of(task, form);
		String statement = input.requiredText(STATEMENT, MAX_LENGTH, "consultation.statement");
		input.refuseIfInvalid();
		statements.save(ConsultationStatement.given(plans.getReferenceById(CycleVariables.planId(task)),
				mainCommittee.id(), CycleVariables.YEAR.from(task), statement,
				TaskActor.of(task), clock.instant()));
		audit.byTask(task, AuditAction.STATEMENT_GIVEN, mainCommittee.id(), statement);
	}

}
