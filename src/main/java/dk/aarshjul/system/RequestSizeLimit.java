package dk.aarshjul.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Årshjul's API takes plans and calendars, never megabytes: a larger body is refused before it is
 * read (413, in Danish), so nobody can tie the server up with one request.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

	static final long MOST_BYTES = 512 * 1024;

	private final MessageSource messages;

	RequestSizeLimit(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MOST_BYTES) {
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			String title = messages.getMessage("api.tooLarge", new Object[] { MOST_BYTES / 1024 },
					LocaleContextHolder.getLocale());
			response.getWriter().write("{\"status\":413,\"title\":\"" + title + "\"}");
			return;
		}
		chain.doFilter(request, response);
	}

}
