package dk.aarshjul.security;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whether the signed-in person may open a Camunda webapp (Camunda's application authorizations,
 * {@code Resources.APPLICATION}): Årshjul's menu links only to the webapps its reader may use,
 * and the webapps' security chain refuses the others with Årshjul's Danish 403 page.
 */
@Component("webappAccess")
public class WebappAccess {

	static final String COCKPIT = "cockpit";

	static final String ADMIN = "admin";

	private final AuthorizationService authorizations;

	WebappAccess(AuthorizationService authorizations) {
		this.authorizations = authorizations;
	}

	/** For the pages' menu: {@code ${@webappAccess.may('cockpit')}}. */
	public boolean may(String application) {
		return may(SecurityContextHolder.getContext().getAuthentication(), application);
	}

	boolean may(Authentication user, String application) {
		if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken
				|| user.getName() == null) {
			return false;
		}
		List<String> groups = user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith(CamundaIdentityAuthenticationProvider.GROUP_PREFIX))
			.map(authority -> authority.substring(CamundaIdentityAuthenticationProvider.GROUP_PREFIX.length()))
			.toList();
		return authorizations.isUserAuthorized(user.getName(), groups, Permissions.ACCESS, Resources.APPLICATION,
				application);
	}

}
