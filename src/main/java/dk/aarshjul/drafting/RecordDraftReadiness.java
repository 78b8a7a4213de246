package dk.aarshjul.drafting;

import dk.aarshjul.task.FormData;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The board says whether the draft goes to consultation; an unticked box means "not yet". */
@Component("recordDraftReadiness")
class RecordDraftReadiness implements TaskListener {

	private final FormData form;

	RecordDraftReadiness(FormData form) {
		this.form = form;
	}

	@Override
	public void notify(DelegateTask task) {
		DraftingProcess.Variables.READY.set(task.getExecution(),
				Boolean.TRUE.equals(form.flag(task, DraftingProcess.Variables.DRAFT_READY)));
	}

}
