package dk.aarshjul.cycle;

import java.util.List;

import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.plan.PlanStatusChanges;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Saves the units the executive board chose; the plan is now in translation. */
@Component("recordTranslatingUnits")
class RecordTranslatingUnits implements TaskListener {

	private final StrategyCycleRepository cycles;

	private final UnitRepository units;

	private final PlanStatusChanges planStatus;

	private final FormData form;

	RecordTranslatingUnits(StrategyCycleRepository cycles, UnitRepository units, PlanStatusChanges planStatus,
			FormData form) {
		this.cycles = cycles;
		this.units = units;
		this.planStatus = planStatus;
		this.form = form;
	}

	@Override
	public void notify(DelegateTask task) {
		List<String> chosen = form.strings(task, PrepareTranslatingUnitsForm.CHOSEN).stream().distinct().toList();
		TaskInput input = TaskInput.of(task, form);
		input.require(!chosen.isEmpty(), "translation.units.required");
		List<String> unknown = chosen.stream().filter(id -> !units.existsById(id)).toList();
		input.require(unknown.isEmpty(), "translation.units.unknown", String.join(", ", unknown));
		input.refuseIfInvalid();
		cycles.findById(CycleVariables.cycleId(task)).orElseThrow().chooseTranslatingUnits(chosen);
		planStatus.inTranslation(CycleVariables.planId(task));
	}

}
