package dk.aarshjul.consultation;

import java.time.Clock;
import java.util.Map;

import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.FormInputs;
import dk.aarshjul.task.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/** Hovedudvalget's statement and the board's answer are refused when missing or too long; nothing is saved. */
class StatementRefusalTests {

	private final ConsultationStatementRepository statements = mock(ConsultationStatementRepository.class);

	private final AuditTrail audit = mock(AuditTrail.class);

	private final FormData form = FormInputs.messagesAsKeys();

	private final RecordStatement recordStatement = new RecordStatement(statements, mock(StrategyPlanRepository.class),
			mock(MainCommittee.class), form, Clock.systemUTC(), audit);

	private final RecordStatementAnswer recordStatementAnswer = new RecordStatementAnswer(statements, form,
			Clock.systemUTC(), audit);

	@Test
	void anEmptyStatementIsRefused() {
		refused(recordStatement, Map.of(RecordStatement.STATEMENT, "  "), "consultation.statement.required");
	}

	@Test
	void aTooLongStatementIsRefused() {
		refused(recordStatement, Map.of(RecordStatement.STATEMENT, "x".repeat(RecordStatement.MAX_LENGTH + 1)),
				"consultation.statement.tooLong");
	}

	@Test
	void anEmptyAnswerIsRefused() {
		refused(recordStatementAnswer, Map.of(MedConsultationProcess.Variables.ADJUST_DRAFT, true),
				"consultation.answer.required");
	}

	@Test
	void aTooLongAnswerIsRefused() {
		refused(recordStatementAnswer,
				Map.of(RecordStatementAnswer.ANSWER, "x".repeat(RecordStatement.MAX_LENGTH + 1)),
				"consultation.answer.tooLong");
	}

	private void refused(TaskListener listener, Map<String, Object> values, String problems) {
		assertThatThrownBy(() -> listener.notify(FormInputs.completedWith(values)))
			.isInstanceOf(InvalidTaskInputException.class)
			.hasMessage(problems);
		verifyNoInteractions(statements, audit);
	}

}
