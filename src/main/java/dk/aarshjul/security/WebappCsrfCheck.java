package dk.aarshjul.security;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' CSRF token, checked before Camunda's own CsrfPreventionFilter does: Camunda answers
 * a request without the token by ending the session, so any site could sign a person out of
 * Årshjul with one forged form. Here such a request gets 403 and the session lives on; only a
 * request that carries the session's token goes on to Camunda, which then agrees. The same rules
 * as Camunda's: reading (GET, HEAD, OPTIONS) needs no token, and the configured entry points
 * ({@code camunda.bpm.webapp.csrf.entry-points}) none either.
 */
final class WebappCsrfCheck extends OncePerRequestFilter {

	private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

	private final Set<String> entryPoints;

	private final MessageSource messages;

	WebappCsrfCheck(List<String> entryPoints, MessageSource messages) {
		this.entryPoints = entryPoints == null ? Set.of() : Set.copyOf(entryPoints);
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (READING.contains(request.getMethod()) || entryPoints.contains(path(request)) || tokenMatches(request)) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpStatus.FORBIDDEN.value());
		response.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, CsrfConstants.CSRF_TOKEN_HEADER_REQUIRED);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		String message = messages.getMessage("security.csrfMissing", null, LocaleContextHolder.getLocale());
		response.getWriter()
			.write("{\"type\":\"Forbidden\",\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
	}

	/** As Camunda compares: the header against the token kept in the session. */
	private static boolean tokenMatches(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
		String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
		return expected != null && sent != null && !sent.isBlank() && expected.equals(sent);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
