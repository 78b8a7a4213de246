package dk.aarshjul.consultation;

import java.util.Comparator;

import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the executive board what Hovedudvalget said, or that it said nothing by the deadline. */
@Component("prepareAnswerForm")
class PrepareAnswerForm implements TaskListener {

	static final String STATEMENT_TEXT = "statementText";

	private final ConsultationStatementRepository statements;

	private final FormData form;

	PrepareAnswerForm(ConsultationStatementRepository statements, FormData form) {
		this.statements = statements;
		this.form = form;
	}

	@Override
	public void notify(DelegateTask task) {
		Integer year = (Integer) task.getVariable(CycleVariables.CYCLE_YEAR);
		String text = statements.findByPlanIdOrderByRecordedAtAsc(CycleVariables.planId(task))
			.stream()
			.filter(statement -> statement.getCycleYear() == year)
			.max(Comparator.comparing(ConsultationStatement::getRecordedAt))
			.map(statement -> statement.isNoStatement() ? form.message("consultation.noStatement")
					: statement.getStatement())
			.orElse(form.message("consultation.noStatement"));
		task.setVariableLocal(STATEMENT_TEXT, text);
	}

}
