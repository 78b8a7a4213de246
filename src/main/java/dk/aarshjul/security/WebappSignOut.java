package dk.aarshjul.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * "Log ud" in Tasklist, Cockpit, Admin or the welcome page is Årshjul's sign-out: it ends the
 * session that Årshjul's pages and all the webapps share. Spring Security sees the request
 * before Camunda's CSRF filter does, so it checks the webapps' own token here: a forged logout
 * is not matched, goes on to Camunda, and is refused there.
 */
final class WebappSignOut implements RequestMatcher {

	private final RequestMatcher logout;

	WebappSignOut(String webapps) {
		this.logout = PathPatternRequestMatcher.withDefaults()
			.matcher(HttpMethod.POST, webapps + "/api/admin/auth/user/*/logout");
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		if (!logout.matches(request)) {
			return false;
		}
		HttpSession session = request.getSession(false);
		Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
		String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
		return expected != null && expected.equals(sent);
	}

}
