package dk.aarshjul.cycle;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The units that translate the plan this cycle: {@code ${translationUnits.of(cycleId)}}. */
@Component("translationUnits")
@Transactional(readOnly = true)
public class TranslationUnits {

	private final StrategyCycleRepository cycles;

	TranslationUnits(StrategyCycleRepository cycles) {
		this.cycles = cycles;
	}

	public List<String> of(Long cycleId) {
		return List.copyOf(cycles.findById(cycleId).orElseThrow().getTranslatingUnitIds());
	}

}
