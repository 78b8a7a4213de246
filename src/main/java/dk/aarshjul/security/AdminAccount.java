package dk.aarshjul.security;

import dk.aarshjul.engine.EnginePlugin;
import dk.aarshjul.organisation.CamundaGroups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the administrator from configuration: the user, the camunda-admin group and that
 * group's grants on every resource. The password is set only when the user is created, so a
 * password changed in Camunda Admin survives a restart.
 * <p>
 * It runs as the engine is built — before the web server takes its first request and before
 * anything else can use the engine — so there is no moment in which the webapps find no
 * administrator. Without a configured password an administrator made at an earlier start will
 * do; with neither, nobody could ever sign in to manage Årshjul, and the start is refused
 * ({@link NoAdministratorException}).
 */
@Component
@Order(1)
class AdminAccount extends EnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

	private final AdminProperties properties;

	private final SignInProperties signIn;

	private final PlatformTransactionManager transactions;

	AdminAccount(AdminProperties properties, SignInProperties signIn, PlatformTransactionManager transactions) {
		this.properties = properties;
		this.signIn = signIn;
		this.transactions = transactions;
	}

	@Override
	protected void engineBuilt(ProcessEngine engine) {
		try {
			try {
				ensureAdministratorInTransaction(engine);
			}
			catch (NoAdministratorException refused) {
				throw refused;
			}
			catch (RuntimeException raced) {
				// Two nodes starting at the same moment (docs/nodes.md) may both find no administrator
				// and both make one: the slower insert fails on the key. Looking again finds what the
				// other node made and adds only what is still missing.
				log.info("The administrator was made by another node at the same moment; looking again ({})",
						raced.getMessage());
				ensureAdministratorInTransaction(engine);
			}
		}
		catch (NoAdministratorException refused) {
			// The engine is already running (and registered for the webapps); a start that is
			// refused must not leave it behind.
			engine.close();
			throw refused;
		}
	}

	private void ensureAdministratorInTransaction(ProcessEngine engine) {
		new TransactionTemplate(transactions).executeWithoutResult(
				transaction -> ensureAdministrator(engine.getIdentityService(), engine.getAuthorizationService()));
	}

	void ensureAdministrator(IdentityService identity, AuthorizationService authorizations) {
		if (signIn.mode() != SignInMode.LOCAL) {
			ensureAdministratorsFromOutside(identity, authorizations);
			return;
		}
		if (!properties.configured()) {
			long administrators = identity.createUserQuery().memberOfGroup(CamundaGroups.ADMINISTRATORS).count();
			if (administrators == 0) {
				throw new NoAdministratorException();
			}
			log.info("AARSHJUL_ADMIN_PASSWORD is not set; {} existing administrator(s) of {} may sign in.",
					administrators, CamundaGroups.ADMINISTRATORS);
			return;
		}
		if (identity.createUserQuery().userId(properties.userId()).count() == 0) {
			User user = identity.newUser(properties.userId());
			user.setFirstName("Administrator");
			user.setLastName("");
			user.setPassword(properties.password());
			identity.saveUser(user);
		}
		ensureAdministratorsGroup(identity, authorizations);
		if (identity.createUserQuery()
			.userId(properties.userId())
			.memberOfGroup(CamundaGroups.ADMINISTRATORS)
			.count() == 0) {
			identity.createMembership(properties.userId(), CamundaGroups.ADMINISTRATORS);
		}
	}

	/**
	 * Modes oidc and ldap have no passwords of Årshjul's own, so no administrator account is made:
	 * administrators are those the identity provider gives the configured role, or members of the
	 * configured directory group, and get camunda-admin as they sign in. Without such a role or
	 * group only administrators from an earlier start (who sign in through the identity provider
	 * or directory as anyone else) could manage Årshjul; with none of them the start is refused.
	 */
	private void ensureAdministratorsFromOutside(IdentityService identity, AuthorizationService authorizations) {
		boolean fromOutside = signIn.mode() == SignInMode.OIDC ? signIn.oidc().administratorsByRole()
				: signIn.ldap().administratorsByGroup();
		if (fromOutside) {
			ensureAdministratorsGroup(identity, authorizations);
			ensureStandingMember(identity);
			return;
		}
		long administrators = identity.createUserQuery().memberOfGroup(CamundaGroups.ADMINISTRATORS).count();
		if (administrators == 0) {
			throw new NoAdministratorException("admin.missing." + signIn.mode().name().toLowerCase(java.util.Locale.ROOT));
		}
	}

	/**
	 * Camunda's webapps offer their setup page (closed: {@link SetupPagesClosed}) for as long as
	 * camunda-admin has no member in the identity tables; administrators by role or directory
	 * group are members only in their session. So the group gets one standing member, the
	 * administrator user id (AARSHJUL_ADMIN_USER) without any password: nobody can sign in as it,
	 * and no sign-in through the identity provider or directory ever lands on it, because those
	 * are matched to people of the organisation file only ({@link OrganisationPeople}).
	 */
	private void ensureStandingMember(IdentityService identity) {
		if (identity.createUserQuery().userId(properties.userId()).count() == 0) {
			User user = identity.newUser(properties.userId());
			user.setFirstName("Administratorgruppen");
			user.setLastName("(kan ikke logge ind)");
			identity.saveUser(user);
		}
		if (identity.createUserQuery()
			.userId(properties.userId())
			.memberOfGroup(CamundaGroups.ADMINISTRATORS)
			.count() == 0) {
			identity.createMembership(properties.userId(), CamundaGroups.ADMINISTRATORS);
		}
	}

	private void ensureAdministratorsGroup(IdentityService identity, AuthorizationService authorizations) {
		if (identity.createGroupQuery().groupId(CamundaGroups.ADMINISTRATORS).count() == 0) {
			Group group = identity.newGroup(CamundaGroups.ADMINISTRATORS);
			group.setName("Administratorer");
			group.setType("SYSTEM");
			identity.saveGroup(group);
		}
		for (Resource resource : Resources.values()) {
			grantAll(authorizations, resource);
		}
	}

	private static void grantAll(AuthorizationService authorizations, Resource resource) {
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
