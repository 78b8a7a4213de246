package dk.aarshjul.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs users in to Årshjul's own pages and API against Camunda's identity service, so that
 * Tasklist, Cockpit and Årshjul share one set of users and passwords. Each Camunda group
 * becomes an authority {@code GROUP_<id>}. Wrong passwords are slowed down by {@link SignInThrottle}.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	static final String GROUP_PREFIX = "GROUP_";

	private final IdentityService identity;

	private final SignInThrottle throttle;

	CamundaIdentityAuthenticationProvider(IdentityService identity, SignInThrottle throttle) {
		this.identity = identity;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		return throttle.guard(authentication, this::check);
	}

	private Authentication check(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (userId == null || credentials == null || !passwordMatches(userId, credentials.toString())) {
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

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * Outside the demo, people from the organisation file have no password until one is set, and
	 * the engine's check fails on the missing hash instead of answering no: such a user cannot sign in.
	 * A name nobody has is checked by the engine all the same: it costs the same lookups as a wrong
	 * password (Camunda's salted SHA-512 takes microseconds), so the time the answer takes says little.
	 */
	private boolean passwordMatches(String userId, String password) {
		User user = identity.createUserQuery().userId(userId).singleResult();
		if (user == null) {
			return identity.checkPassword(userId, password);
		}
		return user.getPassword() != null && identity.checkPassword(userId, password);
	}

}
