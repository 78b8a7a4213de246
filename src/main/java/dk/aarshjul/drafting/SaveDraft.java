package dk.aarshjul.drafting;

import dk.aarshjul.organisation.ExecutiveBoard;
import dk.aarshjul.plan.InvalidPlanException;
import dk.aarshjul.plan.PlanRevision;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Saves the executive board's draft from the embedded form's rows ({@link PrepareDraftForm#DRAFT_PLAN}):
 * the focus areas in the order the form lists them, each with its goals and their indicators (a goal
 * row without indicators, from a task opened before the form had them, keeps the goal's as they are). Rows left wholly empty
 * are skipped; any problem refuses the whole draft, with every problem named at once — also each
 * goal due before the plan's period, which follows the cycle's year.
 */
@Component("saveDraft")
public class SaveDraft implements TaskListener {

	private final PlanRevision revision;

	private final FormData form;

	private final ExecutiveBoard board;

	SaveDraft(PlanRevision revision, FormData form, ExecutiveBoard board) {
		this.revision = revision;
		this.form = form;
		this.board = board;
	}

	@Override
	public void notify(DelegateTask task) {
		DraftRows.Read draft = new DraftRows(form, board::isMember, board::nameOf)
			.read(form.json(task, PrepareDraftForm.DRAFT_PLAN));
		if (!draft.problems().isEmpty()) {
			throw new InvalidTaskInputException(draft.problems());
		}
		try {
			revision.reviseDraft(CycleVariables.planId(task), CycleVariables.cycleYear(task), draft.focusAreas());
		}
		catch (InvalidPlanException ex) {
			throw new InvalidTaskInputException(ex.problems().stream().map(p -> p.message()).toList());
		}
	}

}
