package dk.aarshjul.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import static org.mockito.Mockito.verifyNoInteractions;

/** Outside the demo profile there is no default password: without one, no administrator is created. */
class AdminAccountTests {

	@Test
	void noPasswordNoAdministrator() {
		IdentityService identity = Mockito.mock(IdentityService.class);
		AuthorizationService authorizations = Mockito.mock(AuthorizationService.class);

		new AdminAccount(new AdminProperties("admin", ""), identity, authorizations).run(null);

		verifyNoInteractions(identity, authorizations);
	}

}
