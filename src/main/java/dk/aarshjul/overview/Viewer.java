package dk.aarshjul.overview;

import java.util.Set;

import dk.aarshjul.organisation.CamundaGroups;

/**
 * Who looks at the overview: process owners and the executive board see every plan; any other
 * leader the plans their units take part in (translate or hold a task of).
 */
public record Viewer(String userId, Set<String> groupIds, Set<String> unitIds) {

	public boolean seesEveryPlan() {
		return groupIds.contains(CamundaGroups.PROCESS_OWNERS) || groupIds.contains(CamundaGroups.EXECUTIVE_BOARD)
				|| groupIds.contains(CamundaGroups.ADMINISTRATORS);
	}

	public boolean isProcessOwner() {
		return groupIds.contains(CamundaGroups.PROCESS_OWNERS);
	}

	/** Starting a cycle: process owners, and administrators, who may do what a process owner may. */
	public boolean mayStartCycles() {
		return isProcessOwner() || groupIds.contains(CamundaGroups.ADMINISTRATORS);
	}

}
