package dk.aarshjul.cycle;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.aarshjul.organisation.UnitKind;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.FormDisplayVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Offers the executive board every unit, with all of them ticked: by default every unit translates. */
@Component("prepareTranslatingUnitsForm")
class PrepareTranslatingUnitsForm implements TaskListener, FormDisplayVariables {

	static final String OPTIONS = "unitOptions";

	static final String CHOSEN = "translatingUnits";

	private final UnitRepository units;

	private final TranslationUnits translationUnits;

	private final FormData form;

	PrepareTranslatingUnitsForm(UnitRepository units, TranslationUnits translationUnits, FormData form) {
		this.units = units;
		this.translationUnits = translationUnits;
		this.form = form;
	}

	@Override
	public void notify(DelegateTask task) {
		List<Map<String, String>> options = units.findAllByOrderByPosition()
			.stream()
			.filter(unit -> unit.getKind() != UnitKind.EXECUTIVE_BOARD)
			.map(unit -> Map.of("label", unit.getName(), "value", unit.getId()))
			.toList();
		form.putLocalJson(task, OPTIONS, options);
		form.putLocalJson(task, CHOSEN, translationUnits.of(CycleVariables.cycleId(task)));
	}

	@Override
	public Set<String> names() {
		return Set.of(OPTIONS);
	}

}
