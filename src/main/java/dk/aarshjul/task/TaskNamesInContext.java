package dk.aarshjul.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dk.aarshjul.organisation.Body;
import dk.aarshjul.organisation.OrganisationDirectory;
import dk.aarshjul.organisation.Unit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Names every task for what it concerns, e.g. "Oversæt strategiplanen – Kerneområde Børn og Unge
 * – Holbæk i Fællesskab – 2027", so a leader with several tasks tells them apart in Tasklist
 * and in mails. The diagrams keep the short names, which is what Cockpit draws.
 */
@Component
@Order(0)
class TaskNamesInContext implements UserTaskLifecycle, FormDisplayVariables {

	/** Camunda's task name column holds 255 characters. */
	static final int MAX_NAME_LENGTH = 255;

	private final OrganisationDirectory organisation;

	private final MessageSource messages;

	TaskNamesInContext(OrganisationDirectory organisation, MessageSource messages) {
		this.organisation = organisation;
		this.messages = messages;
	}

	@Override
	public void created(DelegateTask task) {
		List<String> parts = new ArrayList<>();
		parts.add(task.getName());
		String concerns = null;
		String bodyId = CycleVariables.bodyId(task);
		if (bodyId != null) {
			concerns = organisation.body(bodyId).map(Body::getName).orElse(bodyId);
		}
		String unitId = CycleVariables.unitId(task);
		if (unitId != null) {
			concerns = organisation.unit(unitId).map(Unit::getName).orElse(unitId);
		}
		if (concerns != null) {
			parts.add(concerns);
			task.setVariableLocal(CycleVariables.CONCERNS, concerns);
		}
		Object planTitle = task.getVariable(CycleVariables.PLAN_TITLE);
		if (planTitle != null) {
			parts.add(planTitle.toString());
		}
		String followUpDate = CycleVariables.followUpDate(task);
		Object when = followUpDate != null ? followUpDate : task.getVariable(CycleVariables.CYCLE_YEAR);
		if (when != null) {
			parts.add(when.toString());
		}
		visibleToTasklist(task, CycleVariables.PLAN_TITLE, planTitle);
		visibleToTasklist(task, CycleVariables.CYCLE_YEAR, task.getVariable(CycleVariables.CYCLE_YEAR));
		if (planTitle != null && when != null) {
			String context = messages.getMessage(concerns == null ? "task.context" : "task.context.unit",
					new Object[] { planTitle, when.toString(), concerns }, Locale.forLanguageTag("da-DK"));
			task.setDescription(task.getDescription() == null ? context : context + "\n\n" + task.getDescription());
		}
		String name = String.join(" – ", parts);
		task.setName(name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH - 1) + "…" : name);
	}

	/**
	 * Tasklist's filters show as columns the variables of the task, of its execution and of its
	 * process instance, not those further up. Every process a cycle calls gets the plan's title and
	 * the year as its own variables, so a copy on the task is made only where they are not there
	 * already: a copy costs a variable row and two history rows as the task is created, and their
	 * deletion with a history read as it completes.
	 */
	private static void visibleToTasklist(DelegateTask task, String variable, Object value) {
		DelegateExecution execution = task.getExecution();
		if (value == null || execution != null && (execution.hasVariableLocal(variable)
				|| execution.getProcessInstance().hasVariableLocal(variable))) {
			return;
		}
		task.setVariableLocal(variable, value);
	}

	@Override
	public Set<String> names() {
		return Set.of(CycleVariables.CONCERNS, CycleVariables.PLAN_TITLE, CycleVariables.CYCLE_YEAR);
	}

}
