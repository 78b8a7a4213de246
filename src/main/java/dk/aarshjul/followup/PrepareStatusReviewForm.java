package dk.aarshjul.followup;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;

import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.FormDisplayVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's review of a follow-up round: the units' status, and — read-only — what the board
 * wrote to Økonomiudvalget in the round before; its comment for this round starts empty.
 */
@Component("prepareStatusReviewForm")
class PrepareStatusReviewForm implements TaskListener, FormDisplayVariables {

	static final String PREVIOUS_COMMENT = "previousBoardStatusComment";

	private final PrepareStatusSummary summary;

	private final StatusRoundRepository rounds;

	private final FormData form;

	PrepareStatusReviewForm(PrepareStatusSummary summary, StatusRoundRepository rounds, FormData form) {
		this.summary = summary;
		this.rounds = rounds;
		this.form = form;
	}

	@Override
	@Transactional
	public void notify(DelegateTask task) {
		summary.notify(task);
		form.clearEarlierRound(task, RecordStatusReview.BOARD_COMMENT);
		LocalDate round = LocalDate.parse(CycleVariables.followUpDate(task));
		rounds.findByPlanIdOrderByPeriodEndAsc(CycleVariables.planId(task))
			.stream()
			.filter(earlier -> earlier.getPeriodEnd().isBefore(round) && earlier.getBoardComment() != null)
			.max(Comparator.comparing(StatusRound::getPeriodEnd))
			.ifPresent(earlier -> task.setVariableLocal(PREVIOUS_COMMENT, earlier.getBoardComment()));
	}

	@Override
	public Set<String> names() {
		return Set.of(PREVIOUS_COMMENT);
	}

}
