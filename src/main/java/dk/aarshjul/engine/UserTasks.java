package dk.aarshjul.engine;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.calendar.DateTimeUtil;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/** What a user task's model says, which the public API does not hand to a listener. */
public final class UserTasks {

	private UserTasks() {
	}

	/**
	 * The due date the model gives the user task this execution waits at, evaluated for it now; null
	 * when the model gives none.
	 */
	public static Date dueDate(DelegateExecution execution) {
		Expression dueDate = ((UserTaskActivityBehavior) ((ExecutionEntity) execution).getActivity()
			.getActivityBehavior()).getTaskDefinition().getDueDateExpression();
		if (dueDate == null) {
			return null;
		}
		Object value = dueDate.getValue(execution);
		return value instanceof Date date ? date : DateTimeUtil.parseDate(value.toString());
	}

	/** The id of the Camunda Form the task's model names ({@code camunda:formRef}); null for an embedded form. */
	public static String camundaFormId(DelegateTask task) {
		if (!(task instanceof TaskEntity entity) || entity.getTaskDefinition() == null) {
			return null;
		}
		FormDefinition form = entity.getTaskDefinition().getFormDefinition();
		Expression formRef = form == null ? null : form.getCamundaFormDefinitionKey();
		return formRef == null ? null : formRef.getExpressionText();
	}

	/** The instance at the top of the task's call hierarchy (the cycle's); null for a task of no process. */
	public static String rootProcessInstanceId(DelegateTask task) {
		return task.getExecution() instanceof ExecutionEntity execution ? execution.getRootProcessInstanceId() : null;
	}

}
