package dk.aarshjul.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.mockito.Mockito;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * Outside the demo profile there is no default password: without one no administrator is made,
 * and the start is refused unless an administrator from an earlier start can sign in.
 */
class AdminAccountTests {

	private final IdentityService identity = Mockito.mock(IdentityService.class, Answers.RETURNS_DEEP_STUBS);

	private final AuthorizationService authorizations = Mockito.mock(AuthorizationService.class);

	private final AdminAccount withoutPassword = new AdminAccount(new AdminProperties("admin", ""), signIn(SignInMode.LOCAL, null, null), null);

	@Test
	void noPasswordAndNoAdministratorRefusesTheStart() {
		when(identity.createUserQuery().memberOfGroup("camunda-admin").count()).thenReturn(0L);

		assertThatThrownBy(() -> withoutPassword.ensureAdministrator(identity, authorizations))
			.isInstanceOf(NoAdministratorException.class)
			.hasMessageContaining("AARSHJUL_ADMIN_PASSWORD");
		verify(identity, never()).saveUser(any());
		verify(identity, never()).createMembership(anyString(), anyString());
		verifyNoInteractions(authorizations);
	}

	@Test
	void noPasswordButAnAdministratorFromAnEarlierStartStartsAndChangesNothing() {
		when(identity.createUserQuery().memberOfGroup("camunda-admin").count()).thenReturn(1L);

		withoutPassword.ensureAdministrator(identity, authorizations);

		verify(identity, never()).saveUser(any());
		verify(identity, never()).saveGroup(any());
		verify(identity, never()).createMembership(anyString(), anyString());
		verifyNoInteractions(authorizations);
	}

	/** The group's standing member keeps the webapps from offering their setup; it has no password. */
	@Test
	void withTheIdentityProviderAdministratorsComeByRoleAndNoPasswordIsSetAnywhere() {
		AdminAccount byRole = new AdminAccount(new AdminProperties("admin", "demo"),
				signIn(SignInMode.OIDC, "aarshjul-admin", null), null);
		when(identity.createGroupQuery().groupId("camunda-admin").count()).thenReturn(0L);
		when(identity.createUserQuery().userId("admin").count()).thenReturn(0L);
		org.camunda.bpm.engine.identity.User standing = Mockito.mock(org.camunda.bpm.engine.identity.User.class);
		when(identity.newUser("admin")).thenReturn(standing);
		AuthorizationService grants = Mockito.mock(AuthorizationService.class, Answers.RETURNS_DEEP_STUBS);

		byRole.ensureAdministrator(identity, grants);

		verify(identity).saveGroup(any());
		verify(identity).saveUser(standing);
		verify(standing, never()).setPassword(anyString());
		verify(identity).createMembership("admin", "camunda-admin");
	}

	@Test
	void withTheIdentityProviderButNoAdministratorRoleNorEarlierAdministratorTheStartIsRefused() {
		AdminAccount noRole = new AdminAccount(new AdminProperties("admin", "demo"), signIn(SignInMode.OIDC, null, null),
				null);
		when(identity.createUserQuery().memberOfGroup("camunda-admin").count()).thenReturn(0L);

		assertThatThrownBy(() -> noRole.ensureAdministrator(identity, authorizations))
			.isInstanceOf(NoAdministratorException.class)
			.hasMessageContaining("AARSHJUL_OIDC_ADMIN_ROLE");
		verify(identity, never()).saveUser(any());
	}

	@Test
	void withTheDirectoryButNoAdministratorGroupNorEarlierAdministratorTheStartIsRefused() {
		AdminAccount noGroup = new AdminAccount(new AdminProperties("admin", "demo"), signIn(SignInMode.LDAP, null, null),
				null);
		when(identity.createUserQuery().memberOfGroup("camunda-admin").count()).thenReturn(0L);

		assertThatThrownBy(() -> noGroup.ensureAdministrator(identity, authorizations))
			.isInstanceOf(NoAdministratorException.class)
			.hasMessageContaining("AARSHJUL_LDAP_ADMIN_GROUP");
	}

	/**
	 * Two nodes starting at the same moment with AARSHJUL_ADMIN_PASSWORD: both find no administrator,
	 * the other node's insert comes first and this node's fails on the key. It looks again, finds the
	 * administrator the other made, and starts.
	 */
	@Test
	void aNodeWhoseAdministratorWasMadeByAnotherNodeAtTheSameMomentStarts() {
		AdminAccount account = new AdminAccount(new AdminProperties("admin", "demo"), signIn(SignInMode.LOCAL, null, null),
				Mockito.mock(PlatformTransactionManager.class));
		ProcessEngine engine = Mockito.mock(ProcessEngine.class);
		AuthorizationService grants = Mockito.mock(AuthorizationService.class, Answers.RETURNS_DEEP_STUBS);
		when(engine.getIdentityService()).thenReturn(identity);
		when(engine.getAuthorizationService()).thenReturn(grants);
		when(identity.createUserQuery().userId("admin").count()).thenReturn(0L, 1L);
		User made = Mockito.mock(User.class);
		when(identity.newUser("admin")).thenReturn(made);
		doThrow(new ProcessEngineException("duplicate key value violates unique constraint \"act_id_user_pkey\""))
			.when(identity).saveUser(made);

		account.postProcessEngineBuild(engine);

		verify(identity, times(1)).saveUser(made);
		verify(identity).createMembership("admin", "camunda-admin");
		verify(engine, never()).close();
	}

	static SignInProperties signIn(SignInMode mode, String adminRole, String adminGroup) {
		return new SignInProperties(mode,
				new SignInProperties.Oidc(null, null, null, "aarshjul", "preferred_username", SignInProperties.MatchBy.ID,
						"roles", adminRole),
				new SignInProperties.Ldap(null, null, "(uid={0})", null, null, adminGroup), "IT");
	}

}
