package dk.aarshjul.cycle;

import java.util.Map;

import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.plan.PlanStatusChanges;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.FormInputs;
import dk.aarshjul.task.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/** The year's evaluation refuses an incomplete form and changes nothing. */
class EvaluationRefusalTests {

	private final StrategyCycleRepository cycles = mock(StrategyCycleRepository.class);

	private final PlanStatusChanges planStatus = mock(PlanStatusChanges.class);

	private final AuditTrail audit = mock(AuditTrail.class);

	private final FormData form = FormInputs.messagesAsKeys();

	@Test
	void anEmptyEvaluationIsRefused() {
		refused(new RecordEvaluation(cycles, planStatus, form, audit), Map.of(), "followup.evaluation.required");
	}

	@Test
	void aTooLongEvaluationIsRefused() {
		refused(new RecordEvaluation(cycles, planStatus, form, audit),
				Map.of(RecordEvaluation.EVALUATION, "x".repeat(RecordEvaluation.MAX_LENGTH + 1)),
				"followup.evaluation.tooLong");
	}

	private void refused(TaskListener listener, Map<String, Object> values, String problems) {
		assertThatThrownBy(() -> listener.notify(FormInputs.completedWith(values)))
			.isInstanceOf(InvalidTaskInputException.class)
			.hasMessage(problems);
		verifyNoInteractions(cycles, planStatus, audit);
	}

}
