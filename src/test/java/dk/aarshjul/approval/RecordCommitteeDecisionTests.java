package dk.aarshjul.approval;

import java.time.Clock;
import java.util.Map;

import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.task.FormInputs;
import dk.aarshjul.task.InvalidTaskInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/** The refusals of a body's decision: nothing is saved, and the Danish message says what is missing. */
class RecordCommitteeDecisionTests {

	private final CommitteeDecisionRepository decisions = mock(CommitteeDecisionRepository.class);

	private final AuditTrail audit = mock(AuditTrail.class);

	private final RecordCommitteeDecision listener = new RecordCommitteeDecision(decisions,
			mock(StrategyPlanRepository.class), FormInputs.messagesAsKeys(), Clock.systemUTC(), audit);

	@Test
	void noDecisionIsRefused() {
		refused(Map.of(), "approval.decision.required");
	}

	@Test
	void sendingBackWithoutAReasonIsRefused() {
		refused(Map.of(RecordCommitteeDecision.DECISION, "SENT_BACK"), "approval.reasoning.required");
	}

	@Test
	void approvingWithChangesWithoutAReasonIsRefused() {
		refused(Map.of(RecordCommitteeDecision.DECISION, "APPROVED_WITH_CHANGES", RecordCommitteeDecision.REASONING, " "),
				"approval.reasoning.required");
	}

	@Test
	void aTooLongReasonAndAMissingDecisionAreRefusedTogether() {
		refused(Map.of(RecordCommitteeDecision.REASONING, "x".repeat(RecordCommitteeDecision.MAX_LENGTH + 1)),
				"approval.decision.required approval.reasoning.tooLong");
	}

	private void refused(Map<String, Object> form, String problems) {
		assertThatThrownBy(() -> listener.notify(FormInputs.completedWith(form)))
			.isInstanceOf(InvalidTaskInputException.class)
			.hasMessage(problems);
		verifyNoInteractions(decisions, audit);
	}

}
