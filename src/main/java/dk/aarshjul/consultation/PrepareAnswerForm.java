package dk.aarshjul.consultation;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.FormDisplayVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the executive board what Hovedudvalget said, or that it said nothing by the deadline. */
@Component("prepareAnswerForm")
class PrepareAnswerForm implements TaskListener, FormDisplayVariables {

	static final String STATEMENT_TEXT = "statementText";

	static final String PREVIOUS_ANSWER = "previousStatementAnswer";

	private final ConsultationStatementRepository statements;

	private final FormData form;

	PrepareAnswerForm(ConsultationStatementRepository statements, FormData form) {
		this.statements = statements;
		this.form = form;
	}

	@Override
	public void notify(DelegateTask task) {
		form.clearEarlierRound(task, RecordStatementAnswer.ANSWER, MedConsultationProcess.Variables.ADJUST_DRAFT);
		Integer year = CycleVariables.YEAR.from(task);
		List<ConsultationStatement> thisYear = statements.findByPlanIdOrderByRecordedAtAsc(CycleVariables.planId(task))
			.stream()
			.filter(statement -> statement.getCycleYear() == year)
			.toList();
		// a hearing after the plan was sent back: the board's answer to the one before, read-only
		thisYear.stream()
			.filter(statement -> statement.getBoardAnswer() != null)
			.max(Comparator.comparing(ConsultationStatement::getRecordedAt))
			.ifPresent(statement -> task.setVariableLocal(PREVIOUS_ANSWER, statement.getBoardAnswer()));
		String text = thisYear.stream()
			.max(Comparator.comparing(ConsultationStatement::getRecordedAt))
			.map(statement -> statement.isNoStatement() ? form.message("consultation.noStatement")
					: statement.getStatement())
			.orElse(form.message("consultation.noStatement"));
		task.setVariableLocal(STATEMENT_TEXT, text);
	}

	@Override
	public Set<String> names() {
		return Set.of(PREVIOUS_ANSWER, STATEMENT_TEXT);
	}

}
