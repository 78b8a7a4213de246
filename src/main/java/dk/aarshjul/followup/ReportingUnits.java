package dk.aarshjul.followup;

import java.util.List;

import dk.aarshjul.cycle.TranslationUnits;
import dk.aarshjul.translation.UnitDirectory;
import org.springframework.stereotype.Component;

/**
 * Who reports status in a follow-up round, as follow-up-round.bpmn reads it: the units that
 * translated the plan this cycle ({@code ${reportingUnits.of(cycleId)}}), each by its leaders
 * ({@code ${reportingUnits.leadersGroup(unitId)}}).
 */
@Component
public class ReportingUnits {

	private final TranslationUnits translationUnits;

	private final UnitDirectory units;

	ReportingUnits(TranslationUnits translationUnits, UnitDirectory units) {
		this.translationUnits = translationUnits;
		this.units = units;
	}

	public List<String> of(Long cycleId) {
		return translationUnits.of(cycleId);
	}

	public String leadersGroup(String unitId) {
		return units.leadersGroup(unitId);
	}

}
