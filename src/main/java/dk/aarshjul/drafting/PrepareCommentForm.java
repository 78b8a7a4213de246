package dk.aarshjul.drafting;

import java.util.Set;

import dk.aarshjul.task.FormData;
import dk.aarshjul.task.FormDisplayVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When the board works on after "not ready yet", the management group comments again: its
 * comment of the round before is shown read-only and the new one starts empty, so an old comment
 * is never handed in again as if it were new.
 */
@Component("prepareCommentForm")
class PrepareCommentForm implements TaskListener, FormDisplayVariables {

	static final String PREVIOUS_COMMENT = "previousManagementComment";

	private final FormData form;

	PrepareCommentForm(FormData form) {
		this.form = form;
	}

	@Override
	public void notify(DelegateTask task) {
		String previous = form.text(task, RecordDraftComment.COMMENT);
		if (!previous.isEmpty()) {
			task.setVariableLocal(PREVIOUS_COMMENT, previous);
		}
		form.clearEarlierRound(task, RecordDraftComment.COMMENT);
	}

	@Override
	public Set<String> names() {
		return Set.of(PREVIOUS_COMMENT);
	}

}
