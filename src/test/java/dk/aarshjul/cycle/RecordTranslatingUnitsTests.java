package dk.aarshjul.cycle;

import java.util.List;
import java.util.Map;

import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.plan.PlanStatusChanges;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.FormInputs;
import dk.aarshjul.task.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Choosing the translating units is refused without a unit, or with a unit the organisation does not have. */
class RecordTranslatingUnitsTests {

	private final StrategyCycleRepository cycles = mock(StrategyCycleRepository.class);

	private final UnitRepository units = mock(UnitRepository.class);

	private final PlanStatusChanges planStatus = mock(PlanStatusChanges.class);

	private final FormData form = FormInputs.messagesAsKeys();

	private final RecordTranslatingUnits listener = new RecordTranslatingUnits(cycles, units, planStatus, form);

	@Test
	void noUnitChosenIsRefused() {
		refused(List.of(), "translation.units.required");
	}

	@Test
	void anUnknownUnitIsRefused() {
		when(units.existsById("skoler")).thenReturn(true);
		refused(List.of("skoler", "atlantis"), "translation.units.unknown");
	}

	private void refused(List<String> chosen, String problems) {
		DelegateTask task = FormInputs.completedWith(Map.of());
		when(form.strings(task, PrepareTranslatingUnitsForm.CHOSEN)).thenReturn(chosen);
		assertThatThrownBy(() -> listener.notify(task)).isInstanceOf(InvalidTaskInputException.class)
			.hasMessage(problems);
		verifyNoInteractions(cycles, planStatus);
	}

}
