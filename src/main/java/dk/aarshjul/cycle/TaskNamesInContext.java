package dk.aarshjul.cycle;

import java.util.ArrayList;
import java.util.List;

import dk.aarshjul.organisation.Body;
import dk.aarshjul.organisation.BodyRepository;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names every task for what it concerns, e.g. "Oversæt strategiplanen – Kerneområde Børn og Unge
 * – Holbæk i Fællesskab – 2027", so a leader with several tasks tells them apart in Tasklist
 * and in mails. The diagrams keep the short names, which is what Cockpit draws.
 */
@Component
class TaskNamesInContext implements TaskListener {

	/** Camunda's task name column holds 255 characters. */
	static final int MAX_NAME_LENGTH = 255;

	private final UnitRepository units;

	private final BodyRepository bodies;

	TaskNamesInContext(UnitRepository units, BodyRepository bodies) {
		this.units = units;
		this.bodies = bodies;
	}

	@Override
	public void notify(DelegateTask task) {
		List<String> parts = new ArrayList<>();
		parts.add(task.getName());
		String bodyId = CycleVariables.bodyId(task);
		if (bodyId != null) {
			parts.add(bodies.findById(bodyId).map(Body::getName).orElse(bodyId));
		}
		String unitId = CycleVariables.unitId(task);
		if (unitId != null) {
			parts.add(units.findById(unitId).map(Unit::getName).orElse(unitId));
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
		String name = String.join(" – ", parts);
		task.setName(name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH - 1) + "…" : name);
	}

}
