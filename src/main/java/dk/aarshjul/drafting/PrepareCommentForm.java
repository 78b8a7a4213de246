package dk.aarshjul.drafting;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import dk.aarshjul.task.FormData;
import dk.aarshjul.task.FormDisplayVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * When the board works on after "not ready yet", the management group comments again: its
 * comment of the round before is shown read-only and the new one starts empty, so an old comment
 * is never handed in again as if it were new. The form links to the cycle's page, where the draft stands.
 */
@Component("prepareCommentForm")
class PrepareCommentForm implements TaskListener, FormDisplayVariables {

	static final String PREVIOUS_COMMENT = "previousManagementComment";

	/** A Markdown link to the cycle's page, where the draft stands ({@code {{draftPageLink}}} in comment-draft.form). */
	static final String DRAFT_PAGE_LINK = "draftPageLink";

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
		String businessKey = task.getExecution().getProcessBusinessKey();
		if (businessKey != null && !businessKey.isBlank()) {
			task.setVariableLocal(DRAFT_PAGE_LINK, draftPageLink(businessKey));
		}
	}

	/** The cycle's page ({@code /aarshjul/{businessKey}}), the key encoded as a path segment. */
	String draftPageLink(String businessKey) {
		return form.message("drafting.comment.draftPage",
				"/aarshjul/" + UriUtils.encodePathSegment(businessKey, StandardCharsets.UTF_8));
	}

	@Override
	public Set<String> names() {
		return Set.of(PREVIOUS_COMMENT, DRAFT_PAGE_LINK);
	}

}
