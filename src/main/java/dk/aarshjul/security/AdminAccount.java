package dk.aarshjul.security;

import dk.aarshjul.organisation.CamundaGroups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the administrator from configuration: the user, the camunda-admin group and that
 * group's grants on every resource. The password is set only when the user is created, so a
 * password changed in Camunda Admin survives a restart.
 */
@Component
@Order(1)
class AdminAccount implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

	private final AdminProperties properties;

	private final IdentityService identity;

	private final AuthorizationService authorizations;

	AdminAccount(AdminProperties properties, IdentityService identity, AuthorizationService authorizations) {
		this.properties = properties;
		this.identity = identity;
		this.authorizations = authorizations;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.configured()) {
			log.warn("No administrator configured: set AARSHJUL_ADMIN_PASSWORD (and AARSHJUL_ADMIN_USER) to create one.");
			return;
		}
		if (identity.createUserQuery().userId(properties.userId()).count() == 0) {
			User user = identity.newUser(properties.userId());
			user.setFirstName("Administrator");
			user.setLastName("");
			user.setPassword(properties.password());
			identity.saveUser(user);
		}
		if (identity.createGroupQuery().groupId(CamundaGroups.ADMINISTRATORS).count() == 0) {
			Group group = identity.newGroup(CamundaGroups.ADMINISTRATORS);
			group.setName("Administratorer");
			group.setType("SYSTEM");
			identity.saveGroup(group);
		}
		if (identity.createUserQuery()
			.userId(properties.userId())
			.memberOfGroup(CamundaGroups.ADMINISTRATORS)
			.count() == 0) {
			identity.createMembership(properties.userId(), CamundaGroups.ADMINISTRATORS);
		}
		for (Resource resource : Resources.values()) {
			grantAll(resource);
		}
	}

	private void grantAll(Resource resource) {
		boolean granted = authorizations.createAuthorizationQuery()
			.groupIdIn(CamundaGroups.ADMINISTRATORS)
			.resourceType(resource)
			.resourceId(Authorization.ANY)
			.count() > 0;
		if (!granted) {
			Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			grant.setGroupId(CamundaGroups.ADMINISTRATORS);
			grant.setResource(resource);
			grant.setResourceId(Authorization.ANY);
			grant.addPermission(Permissions.ALL);
			authorizations.saveAuthorization(grant);
		}
	}

}
