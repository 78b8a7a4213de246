package dk.aarshjul.consultation;

import dk.aarshjul.drafting.PrepareDraftForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The board adjusts the draft after the hearing on the drafting form ({@code draft-plan.html}), so
 * the adjusting task gets what the drafting task gets.
 */
@Component
public class PrepareAdjustedDraftForm implements TaskListener {

	private final PrepareDraftForm draftForm;

	PrepareAdjustedDraftForm(PrepareDraftForm draftForm) {
		this.draftForm = draftForm;
	}

	@Override
	public void notify(DelegateTask task) {
		draftForm.notify(task);
	}

}
