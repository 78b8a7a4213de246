package dk.aarshjul.security;

import java.util.Arrays;

import dk.aarshjul.cycle.StrategyCycleProcess;
import dk.aarshjul.organisation.CamundaGroups.GroupDefinition;
import dk.aarshjul.organisation.CamundaGroups;
import dk.aarshjul.organisation.OrganisationLoaded;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The standing Camunda grants Årshjul's roles need, made (once) whenever the organisation is
 * loaded. Tasks need no standing grant: the engine grants a task to its candidate groups and users
 * and its assignee as they are set, so a leader sees their units' tasks and nothing else.
 * <ul>
 * <li>everyone signed in: Tasklist; every group of the organisation: reading the process models (for the diagram tab);</li>
 * <li>process owners: Cockpit, starting a cycle, and reading every plan's history; each instance
 * and task they may read is granted as it is created ({@link InstanceGrants}).</li>
 * </ul>
 */
@Component
class OrganisationGrants {

	private final AuthorizationService authorizations;

	OrganisationGrants(AuthorizationService authorizations) {
		this.authorizations = authorizations;
	}

	@EventListener
	void follow(OrganisationLoaded loaded) {
		grantEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		// Reading the models goes to every group rather than to everyone: with the four-eyes rules'
		// revokes in the database the engine reads a global grant as revoking every permission it
		// lacks, which would take TASK_WORK on every task from everybody.
		withdrawGlobalGrant(Resources.PROCESS_DEFINITION, Authorization.ANY);
		for (GroupDefinition group : CamundaGroups.derive(loaded.organisation())) {
			grant(group.id(), Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
		}

		String owners = CamundaGroups.PROCESS_OWNERS;
		grant(owners, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		grant(owners, Resources.PROCESS_DEFINITION, StrategyCycleProcess.KEY, Permissions.CREATE_INSTANCE);
		// reading instances and tasks is granted per instance and task as they come (InstanceGrants)
		grant(owners, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ_HISTORY);
		grant(owners, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
		grant(owners, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
		grant(owners, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
	}

	private void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
		if (authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
			.resourceType(resource).resourceId(resourceId).count() == 0) {
			Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
			grant.setUserId(Authorization.ANY);
			save(grant, resource, resourceId, permissions);
		}
	}

	private void withdrawGlobalGrant(Resource resource, String resourceId) {
		authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
			.resourceType(resource).resourceId(resourceId).list()
			.forEach(global -> authorizations.deleteAuthorization(global.getId()));
	}

	/** Adds the permissions to the group's grant on the resource, made when it has none yet. */
	private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization grant = authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
			.resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
		if (grant == null) {
			grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			grant.setGroupId(groupId);
		}
		else if (Arrays.stream(permissions).allMatch(grant::isPermissionGranted)) {
			return;
		}
		save(grant, resource, resourceId, permissions);
	}

	private void save(Authorization grant, Resource resource, String resourceId, Permission... permissions) {
		grant.setResource(resource);
		grant.setResourceId(resourceId);
		Arrays.stream(permissions).forEach(grant::addPermission);
		authorizations.saveAuthorization(grant);
	}

}
