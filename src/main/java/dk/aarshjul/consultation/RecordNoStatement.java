package dk.aarshjul.consultation;

import java.time.Clock;

import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.task.CycleVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The consultation deadline passed without a statement: that is recorded, and the hearing closes. */
@Component("recordNoStatement")
class RecordNoStatement implements JavaDelegate {

	private final ConsultationStatementRepository statements;

	private final StrategyPlanRepository plans;

	private final MainCommittee mainCommittee;

	private final Clock clock;

	private final AuditTrail audit;

	RecordNoStatement(ConsultationStatementRepository statements, StrategyPlanRepository plans,
			MainCommittee mainCommittee, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.statements = statements;
		this.plans = plans;
		this.mainCommittee = mainCommittee;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		statements.save(ConsultationStatement.noneByDeadline(plans.getReferenceById(CycleVariables.planId(execution)),
				mainCommittee.id(), CycleVariables.YEAR.from(execution), clock.instant()));
		audit.byProcess(execution, AuditAction.NO_STATEMENT, mainCommittee.id(), null);
	}

}
