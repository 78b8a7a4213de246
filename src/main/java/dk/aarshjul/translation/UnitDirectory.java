package dk.aarshjul.translation;

import java.util.Optional;

import dk.aarshjul.organisation.Body;
import dk.aarshjul.organisation.CamundaGroups;
import dk.aarshjul.organisation.OrganisationDirectory;
import dk.aarshjul.organisation.Unit;
import org.springframework.stereotype.Component;

/**
 * What the models need to know about a unit: its name for task names, the group of its leaders
 * (a unit's tasks go to its chief and leaders only) and its local MED committee, if it has one.
 */
@Component("unitDirectory")
public class UnitDirectory {

	private final OrganisationDirectory organisation;

	UnitDirectory(OrganisationDirectory organisation) {
		this.organisation = organisation;
	}

	public String name(String unitId) {
		return organisation.unit(unitId).map(Unit::getName).orElse(unitId);
	}

	public String leadersGroup(String unitId) {
		return CamundaGroups.unitLeaders(unitId);
	}

	public String localMedGroup(String unitId) {
		return localMed(unitId).map(Body::getId).orElse(CamundaGroups.unitLeaders(unitId));
	}

	public boolean hasLocalMed(String unitId) {
		return localMed(unitId).isPresent();
	}

	Optional<Unit> unit(String unitId) {
		return organisation.unit(unitId);
	}

	private Optional<Body> localMed(String unitId) {
		return organisation.localMedCommitteeOf(unitId);
	}

}
