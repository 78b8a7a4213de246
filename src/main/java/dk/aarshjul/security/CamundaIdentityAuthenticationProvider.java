package dk.aarshjul.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Signs users in to Årshjul's own pages and API against Camunda's identity service, so that
 * Tasklist, Cockpit and Årshjul share one set of users and passwords. Each Camunda group
 * becomes an authority {@code GROUP_<id>}.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	static final String GROUP_PREFIX = "GROUP_";

	private static final String REFUSED = CamundaIdentityAuthenticationProvider.class.getName() + ".refused";

	private final IdentityService identity;

	CamundaIdentityAuthenticationProvider(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (refusedBeforeInThisRequest()) {
			throw new BadCredentialsException("Bad credentials");
		}
		if (userId == null || credentials == null || !passwordMatches(userId, credentials.toString())) {
			rememberRefusal();
			throw new BadCredentialsException("Bad credentials");
		}
		List<GrantedAuthority> authorities = identity.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.<GrantedAuthority>map(group -> new SimpleGrantedAuthority(GROUP_PREFIX + group.getId()))
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
	}

	/**
	 * Spring Security asks the application's global authentication manager again after a filter
	 * chain's own refused, and that one holds this same provider: the second check would find the
	 * delay the first one just started and tell a person who mistyped to wait.
	 */
	private static boolean refusedBeforeInThisRequest() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		return request != null && request.getAttribute(REFUSED, RequestAttributes.SCOPE_REQUEST) != null;
	}

	private static void rememberRefusal() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(REFUSED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * Outside the demo, people from the organisation file have no password until one is set, and
	 * the engine's check fails on the missing hash instead of answering no: such a user cannot sign in.
	 */
	private boolean passwordMatches(String userId, String password) {
		User user = identity.createUserQuery().userId(userId).singleResult();
		refuseWhileDelayed(user);
		return user != null && user.getPassword() != null && identity.checkPassword(userId, password);
	}

	/**
	 * While Camunda delays the sign-in after wrong passwords, {@code checkPassword} answers no
	 * without looking at the password; the lock's end is on the user in Camunda's own table.
	 */
	private static void refuseWhileDelayed(User user) {
		if (user instanceof UserEntity entity && entity.getLockExpirationTime() != null) {
			long millis = entity.getLockExpirationTime().getTime() - ClockUtil.getCurrentTime().getTime();
			if (millis > 0) {
				throw new SignInDelayedException((millis + 999) / 1000);
			}
		}
	}

}
