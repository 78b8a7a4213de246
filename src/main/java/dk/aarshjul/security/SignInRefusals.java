package dk.aarshjul.security;

import java.util.Map;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * Where a refused sign-in goes: the login page, with the Danish explanation that fits — a wrong
 * password, a disabled account, or a person the organisation file does not know (who is told
 * whom to contact).
 */
final class SignInRefusals {

	static final String UNKNOWN_PERSON = "unknown_person";

	private SignInRefusals() {
	}

	static AuthenticationFailureHandler toLoginPage() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler() {
			@Override
			public void onAuthenticationFailure(jakarta.servlet.http.HttpServletRequest request,
					jakarta.servlet.http.HttpServletResponse response,
					org.springframework.security.core.AuthenticationException refused)
					throws java.io.IOException, jakarta.servlet.ServletException {
				if (refused instanceof OAuth2AuthenticationException oauth
						&& UNKNOWN_PERSON.equals(oauth.getError().getErrorCode())) {
					getRedirectStrategy().sendRedirect(request, response, "/login?ukendt");
					return;
				}
				super.onAuthenticationFailure(request, response, refused);
			}
		};
		handler.setExceptionMappings(Map.of(UnknownPersonException.class.getName(), "/login?ukendt",
				DisabledException.class.getName(), "/login?spaerret", LockedException.class.getName(),
				"/login?spaerret"));
		handler.setDefaultFailureUrl("/login?error");
		return handler;
	}

}
