package dk.aarshjul.security;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

	/**
	 * Every page's menu asks, and each answer costs the engine three statements; the grants change
	 * when the organisation file is loaded, so an answer is kept as long as an idle session lives (30 minutes).
	 */
	private static final long REMEMBERED_MILLIS = 30 * 60_000;

	private static final int MOST_ANSWERS = 10_000;

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

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
		String key = user.getName() + "|" + String.join(",", groups) + "|" + application;
		long now = System.currentTimeMillis();
		Answer known = answers.get(key);
		if (known != null && known.until() > now) {
			return known.may();
		}
		boolean may = authorizations.isUserAuthorized(user.getName(), groups, Permissions.ACCESS,
				Resources.APPLICATION, application);
		if (answers.size() > MOST_ANSWERS) {
			answers.clear();
		}
		answers.put(key, new Answer(may, now + REMEMBERED_MILLIS));
		return may;
	}

	private record Answer(boolean may, long until) {
	}

}
