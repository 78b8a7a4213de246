package dk.aarshjul.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.aarshjul.organisation.Body;
import dk.aarshjul.organisation.OrganisationDirectory;
import dk.aarshjul.organisation.Unit;
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
class TaskNamesInContext implements UserTaskLifecycle {

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
		// local copies, so that Tasklist's filters can show them as columns of the task list
		if (planTitle != null) {
			task.setVariableLocal(CycleVariables.PLAN_TITLE, planTitle);
		}
		Object year = task.getVariable(CycleVariables.CYCLE_YEAR);
		if (year != null) {
			task.setVariableLocal(CycleVariables.CYCLE_YEAR, year);
		}
		if (planTitle != null && when != null) {
			String context = messages.getMessage(concerns == null ? "task.context" : "task.context.unit",
					new Object[] { planTitle, when.toString(), concerns }, Locale.forLanguageTag("da-DK"));
			task.setDescription(task.getDescription() == null ? context : context + "\n\n" + task.getDescription());
		}
		String name = String.join(" – ", parts);
		task.setName(name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH - 1) + "…" : name);
	}

}
