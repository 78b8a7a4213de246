package dk.aarshjul.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Camunda's container-based authentication, with Spring Security as the container: the webapps
 * and the engine REST API take the user Spring Security signed in, and the groups it found, so
 * there is one sign-in for everything and the webapps' own login is never asked. Camunda creates
 * it by its class name, hence public with a constructor of no arguments.
 */
public class SignedInUserForCamunda extends ContainerBasedAuthenticationProvider {

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken
				|| signedIn.getName() == null || signedIn.getName().isEmpty()) {
			return AuthenticationResult.unsuccessful();
		}
		AuthenticationResult result = AuthenticationResult.successful(signedIn.getName());
		result.setGroups(groupsOf(signedIn));
		return result;
	}

	static List<String> groupsOf(Authentication signedIn) {
		return signedIn.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith(CamundaIdentityAuthenticationProvider.GROUP_PREFIX))
			.map(authority -> authority.substring(CamundaIdentityAuthenticationProvider.GROUP_PREFIX.length()))
			.toList();
	}

}
