package dk.aarshjul.followup;

import java.time.Clock;
import java.time.LocalDate;

import dk.aarshjul.cycle.CycleVariables;
import dk.aarshjul.cycle.FormData;
import dk.aarshjul.cycle.InvalidTaskInputException;
import dk.aarshjul.plan.StrategyPlanRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Saves the executive board's status for Økonomiudvalget after it has reviewed the units' reports. */
@Component("recordStatusReview")
class RecordStatusReview implements TaskListener {

	static final String BOARD_COMMENT = "boardStatusComment";

	private final StatusRoundRepository rounds;

	private final StrategyPlanRepository plans;

	private final FormData form;

	private final Clock clock;

	RecordStatusReview(StatusRoundRepository rounds, StrategyPlanRepository plans, FormData form, Clock clock) {
		this.rounds = rounds;
		this.plans = plans;
		this.form = form;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		String comment = form.text(task, BOARD_COMMENT);
		if (comment.isEmpty()) {
			throw new InvalidTaskInputException(form.message("followup.boardComment.required"));
		}
		if (comment.length() > 10000) {
			throw new InvalidTaskInputException(form.message("followup.boardComment.tooLong"));
		}
		rounds.save(new StatusRound(plans.getReferenceById(CycleVariables.planId(task)),
				LocalDate.parse(CycleVariables.followUpDate(task)), comment, task.getAssignee(), clock.instant()));
	}

}
