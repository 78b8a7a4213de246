package dk.aarshjul.drafting;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.cycle.CycleVariables;
import dk.aarshjul.cycle.FormData;
import dk.aarshjul.cycle.InvalidTaskInputException;
import dk.aarshjul.plan.InvalidPlanException;
import dk.aarshjul.plan.PlanDocument.FocusAreaDocument;
import dk.aarshjul.plan.PlanRevision;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Saves the executive board's draft: focus areas in the order given, with their goals. */
@Component("saveDraft")
class SaveDraft implements TaskListener {

	private final PlanRevision revision;

	private final FormData form;

	private final ObjectMapper json;

	SaveDraft(PlanRevision revision, FormData form, ObjectMapper json) {
		this.revision = revision;
		this.form = form;
		this.json = json;
	}

	@Override
	public void notify(DelegateTask task) {
		List<FocusAreaDocument> focusAreas;
		try {
			focusAreas = form.objects(task, PrepareDraftForm.FOCUS_AREAS)
				.stream()
				.map(value -> json.convertValue(value, FocusAreaDocument.class))
				.toList();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidTaskInputException(form.message("form.list.invalid"));
		}
		try {
			revision.reviseFocusAreas(CycleVariables.planId(task), focusAreas);
		}
		catch (InvalidPlanException ex) {
			throw new InvalidTaskInputException(
					ex.problems().stream().map(p -> p.field() + ": " + p.message()).toList());
		}
	}

}
