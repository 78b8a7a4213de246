package dk.aarshjul.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Where a person lands after signing in, whichever way they sign in: on the page they were sent to
 * sign in from (Tasklist, a plan's page), or else on their work page, "Mine opgaver" — also when
 * they came from the front page, which everybody opens first.
 */
final class SignInLanding extends SavedRequestAwareAuthenticationSuccessHandler {

	static final String WORK_PAGE = "/mine-opgaver";

	private final RequestCache requests = new HttpSessionRequestCache();

	private SignInLanding() {
		setDefaultTargetUrl(WORK_PAGE);
		setRequestCache(requests);
	}

	static AuthenticationSuccessHandler handler() {
		return new SignInLanding();
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		SavedRequest saved = requests.getRequest(request, response);
		if (saved != null && isFrontPage(saved.getRedirectUrl(), request.getContextPath())) {
			requests.removeRequest(request, response);
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	private static boolean isFrontPage(String url, String contextPath) {
		try {
			String path = URI.create(url).getPath();
			return path == null || path.isEmpty() || path.equals(contextPath) || path.equals(contextPath + "/");
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
