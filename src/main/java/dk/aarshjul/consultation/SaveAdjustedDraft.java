package dk.aarshjul.consultation;

import dk.aarshjul.drafting.SaveDraft;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The draft adjusted after the hearing is saved as drafting saves a draft, with the same checks. */
@Component
public class SaveAdjustedDraft implements TaskListener {

	private final SaveDraft saveDraft;

	SaveAdjustedDraft(SaveDraft saveDraft) {
		this.saveDraft = saveDraft;
	}

	@Override
	public void notify(DelegateTask task) {
		saveDraft.notify(task);
	}

}
