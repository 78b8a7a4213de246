package dk.aarshjul.security;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The webapps' scripts, styles, translations, fonts and images: the same files for every user of a
 * release, which a browser may keep and ask for again. The webapps' pages (their HTML carries a
 * fresh CSP nonce) and everything under {@code /api/} are not assets, and nothing is kept that was
 * not given to a signed-in person (the way to the sign-in page is not). Asked when the answer's
 * headers are written, when the request's sign-in is known.
 */
final class WebappAssets implements RequestMatcher {

	private static final List<String> FOLDERS = List.of("/lib/", "/app/", "/assets/");

	private static final List<String> KINDS = List.of(".js", ".css", ".json", ".woff", ".woff2", ".ttf", ".eot",
			".svg", ".png", ".gif", ".ico");

	private final String webapps;

	WebappAssets(String webapps) {
		this.webapps = webapps;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (!"GET".equals(request.getMethod()) || user == null || !user.isAuthenticated()
				|| user instanceof AnonymousAuthenticationToken) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith(webapps + "/") || path.startsWith(webapps + "/api/")) {
			return false;
		}
		String inWebapps = path.substring(webapps.length());
		String lower = path.toLowerCase(Locale.ROOT);
		return FOLDERS.stream().anyMatch(inWebapps::startsWith) && KINDS.stream().anyMatch(lower::endsWith);
	}

}
