package dk.aarshjul.translation;

import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The local MED committee's discussion of a unit's plan goes into the plan's audit trail. */
@Component("recordLocalMedDiscussion")
class RecordLocalMedDiscussion implements TaskListener {

	static final String COMMENT = "localMedComment";

	private final FormData form;

	private final AuditTrail audit;

	RecordLocalMedDiscussion(FormData form, AuditTrail audit) {
		this.form = form;
		this.audit = audit;
	}

	@Override
	public void notify(DelegateTask task) {
		String comment = form.text(task, COMMENT);
		// the form's value lives on the task (the discussion starts empty); the review shows it
		task.getExecution().setVariable(COMMENT, comment);
		audit.byTask(task, AuditAction.LOCAL_MED_DISCUSSED, CycleVariables.unitId(task),
				comment.isEmpty() ? null : comment);
	}

}
