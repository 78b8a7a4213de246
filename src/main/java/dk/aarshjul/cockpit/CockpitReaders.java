package dk.aarshjul.cockpit;

import dk.aarshjul.organisation.CamundaGroups;
import dk.aarshjul.overview.PlanOverview;
import dk.aarshjul.overview.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may read the Cockpit plugin's data: the users who read every instance in Cockpit, the process
 * owners (their grants in security/InstanceGrants) and the administrators. The viewer is resolved as
 * the overview resolves it, so both agree on who someone is.
 */
@Component
class CockpitReaders {

	private final PlanOverview overview;

	CockpitReaders(PlanOverview overview) {
		this.overview = overview;
	}

	void check(Authentication user) {
		Viewer viewer = overview.viewerOf(user);
		if (!viewer.isProcessOwner() && !viewer.groupIds().contains(CamundaGroups.ADMINISTRATORS)) {
			throw new AccessDeniedException("Only process owners and administrators read every instance");
		}
	}

}
