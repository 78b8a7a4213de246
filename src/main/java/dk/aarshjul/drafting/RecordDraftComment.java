package dk.aarshjul.drafting;

import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.task.FormData;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The management group's comment on the draft goes into the plan's audit trail. */
@Component("recordDraftComment")
class RecordDraftComment implements TaskListener {

	static final String COMMENT = "managementComment";

	private final FormData form;

	private final AuditTrail audit;

	RecordDraftComment(FormData form, AuditTrail audit) {
		this.form = form;
		this.audit = audit;
	}

	@Override
	public void notify(DelegateTask task) {
		String comment = form.text(task, COMMENT);
		audit.byTask(task, AuditAction.DRAFT_COMMENTED, null, comment.isEmpty() ? null : comment);
	}

}
