package dk.aarshjul.followup;

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

/** The board's status review and the committee's noting refuse incomplete forms. */
class FollowUpRefusalTests {

	private final StatusRoundRepository rounds = mock(StatusRoundRepository.class);

	private final AuditTrail audit = mock(AuditTrail.class);

	private final FormData form = FormInputs.messagesAsKeys();

	@Test
	void aReviewWithoutTheBoardsStatusIsRefused() {
		refused(new RecordStatusReview(rounds, mock(StrategyPlanRepository.class), form, Clock.systemUTC(), audit),
				Map.of(), "followup.boardComment.required");
	}

	@Test
	void aTooLongReviewIsRefused() {
		refused(new RecordStatusReview(rounds, mock(StrategyPlanRepository.class), form, Clock.systemUTC(), audit),
				Map.of(RecordStatusReview.BOARD_COMMENT, "x".repeat(RecordStatusReview.MAX_LENGTH + 1)),
				"followup.boardComment.tooLong");
	}

	@Test
	void notingWithoutTheTickIsRefused() {
		refused(new RecordStatusNoted(rounds, form, Clock.systemUTC(), audit), Map.of(RecordStatusNoted.NOTED, false),
				"followup.noted.required");
	}

	private void refused(TaskListener listener, Map<String, Object> values, String problems) {
		assertThatThrownBy(() -> listener.notify(FormInputs.completedWith(values)))
			.isInstanceOf(InvalidTaskInputException.class)
			.hasMessage(problems);
		verifyNoInteractions(rounds, audit);
	}

}
