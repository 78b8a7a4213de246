package dk.aarshjul.consultation;

import java.time.Clock;
import java.util.Comparator;

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

/**
 * Saves the executive board's answer to the consultation, with the statement it answers, and
 * whether the board adjusts the draft before it goes to the politicians.
 */
@Component("recordStatementAnswer")
class RecordStatementAnswer implements TaskListener {

	static final String ANSWER = "statementAnswer";

	private final ConsultationStatementRepository statements;

	private final FormData form;

	private final Clock clock;

	private final AuditTrail audit;

	RecordStatementAnswer(ConsultationStatementRepository statements, FormData form, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.statements = statements;
		this.form = form;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void notify(DelegateTask task) {
		TaskInput input = TaskInput.of(task, form);
		String answer = input.requiredText(ANSWER, RecordStatement.MAX_LENGTH, "consultation.answer");
		boolean adjustDraft = input.yes(MedConsultationProcess.Variables.ADJUST_DRAFT);
		input.refuseIfInvalid();
		int year = CycleVariables.cycleYear(task);
		statements.findByPlanIdOrderByRecordedAtAsc(CycleVariables.planId(task))
			.stream()
			.filter(statement -> statement.getCycleYear() == year && statement.getBoardAnswer() == null)
			.max(Comparator.comparing(ConsultationStatement::getRecordedAt))
			.ifPresent(statement -> statement.answer(answer, TaskActor.of(task), clock.instant()));
		audit.byTask(task, AuditAction.STATEMENT_ANSWERED, null, answer);
		MedConsultationProcess.Variables.DRAFT_TO_ADJUST.set(task.getExecution(), adjustDraft);
	}

}
