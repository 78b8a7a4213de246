package dk.aarshjul.security;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Camunda's container-based authentication for the webapps, for a session kept in the shared
 * database (Spring Session JDBC, docs/nodes.md). Camunda adds the signed-in user's authentication
 * to the {@link Authentications} it finds in the session without setting the attribute again, which
 * a session in Tomcat's memory does not need; a session in the database keeps only what is set, so
 * every request on every node would build the authentication anew (its groups and application
 * grants: a handful of statements). When the authentications changed in this request, they are set
 * again and reach the database with the rest of the session.
 */
public class WebappAuthenticationsInSharedSession extends ContainerBasedAuthenticationFilter {

	/** Camunda's attribute (AuthenticationUtil keeps the constant to itself). */
	static final String SESSION_ATTRIBUTE = "authenticatedUser";

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		Set<String> before = authenticationsOf((HttpServletRequest) request);
		super.doFilter(request, response, (filtered, answer) -> {
			HttpSession session = ((HttpServletRequest) filtered).getSession(false);
			if (session != null && !before.equals(authenticationsOf((HttpServletRequest) filtered))) {
				AuthenticationUtil.updateSession(session, AuthenticationUtil.getAuthsFromSession(session));
			}
			chain.doFilter(filtered, answer);
		});
	}

	/** Engine and user of each authentication the session holds (none without a session). */
	private static Set<String> authenticationsOf(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object kept = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
		if (!(kept instanceof Authentications authentications)) {
			return Set.of();
		}
		return authentications.getAuthentications()
			.stream()
			.map(WebappAuthenticationsInSharedSession::describe)
			.collect(Collectors.toSet());
	}

	private static String describe(UserAuthentication authentication) {
		return authentication.getProcessEngineName() + "/" + authentication.getIdentityId();
	}

}
