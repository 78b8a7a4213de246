package dk.aarshjul.drafting;

import java.util.ArrayList;
import java.util.List;

import dk.aarshjul.plan.InvalidPlanException;
import dk.aarshjul.plan.PlanDocument.FocusAreaDocument;
import dk.aarshjul.plan.PlanRevision;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.FormSlots;
import dk.aarshjul.task.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Saves the executive board's draft: the filled focus-area slots in order, each with its goals.
 * A slot left wholly empty is skipped; anything refused refuses the whole draft.
 */
@Component("saveDraft")
class SaveDraft implements TaskListener {

	private final PlanRevision revision;

	private final FormData form;

	SaveDraft(PlanRevision revision, FormData form) {
		this.revision = revision;
		this.form = form;
	}

	@Override
	public void notify(DelegateTask task) {
		List<FocusAreaDocument> focusAreas = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (int slot = 1; slot <= FormSlots.FOCUS_AREAS; slot++) {
			String title = form.slotText(task, PrepareDraftForm.TITLE, slot);
			String strategy = form.slotText(task, PrepareDraftForm.STRATEGY, slot);
			String special = form.slotText(task, PrepareDraftForm.SPECIAL_FOR_YEAR, slot);
			String director = form.slotText(task, PrepareDraftForm.RESPONSIBLE_DIRECTOR, slot);
			GoalLines.Parsed goals = GoalLines.parse(form.slotText(task, PrepareDraftForm.GOALS, slot));
			if (title.isEmpty() && strategy.isEmpty() && special.isEmpty() && goals.goals().isEmpty()) {
				continue;
			}
			int number = focusAreas.size() + 1;
			if (title.isEmpty()) {
				problems.add(form.message("drafting.title.required", number));
			}
			goals.problems()
				.forEach(problem -> problems.add(form.message("drafting.goal.line", number, problem.line(),
						form.message(problem.messageKey(), problem.value()))));
			focusAreas.add(new FocusAreaDocument(title, blankToNull(strategy), blankToNull(special),
					blankToNull(director), goals.goals()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidTaskInputException(problems);
		}
		try {
			revision.reviseFocusAreas(CycleVariables.planId(task), focusAreas);
		}
		catch (InvalidPlanException ex) {
			throw new InvalidTaskInputException(ex.problems().stream().map(p -> p.message()).toList());
		}
	}

	private static String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}

}
