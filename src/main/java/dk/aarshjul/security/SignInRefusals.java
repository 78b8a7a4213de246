package dk.aarshjul.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * Where a refused sign-in goes: the login page, with the Danish explanation that fits — a wrong
 * password, a disabled account, or a person the organisation file does not know (who is told
 * whom to contact).
 */
final class SignInRefusals extends ExceptionMappingAuthenticationFailureHandler {

	/** The OAuth2 error with which mode oidc refuses a person outside the organisation file. */
	static final String UNKNOWN_PERSON = "unknown_person";

	private static final String UNKNOWN_PAGE = "/login?ukendt";

	static final String DELAYED_PAGE = "/login?vent=";

	private SignInRefusals() {
		setExceptionMappings(Map.of(UnknownPersonException.class.getName(), UNKNOWN_PAGE,
				DisabledException.class.getName(), "/login?spaerret", LockedException.class.getName(), "/login?spaerret"));
		setDefaultFailureUrl("/login?error");
	}

	static AuthenticationFailureHandler toLoginPage() {
		return new SignInRefusals();
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException refused) throws IOException, ServletException {
		if (refused instanceof OAuth2AuthenticationException oauth && UNKNOWN_PERSON.equals(oauth.getError().getErrorCode())) {
			getRedirectStrategy().sendRedirect(request, response, UNKNOWN_PAGE);
			return;
		}
		if (refused instanceof SignInDelayedException delayed) {
			getRedirectStrategy().sendRedirect(request, response, DELAYED_PAGE + delayed.seconds());
			return;
		}
		super.onAuthenticationFailure(request, response, refused);
	}

}
