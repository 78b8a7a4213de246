package dk.aarshjul.task;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Marks what a person asks of the engine directly: the engine REST API and the REST API the
 * webapps (Tasklist, Cockpit) call. {@link ContractGuard} checks the engine commands of such a
 * request; Årshjul's own pages and API, and the job executor, are not marked, so what they do is
 * not checked again.
 * <p>
 * The two REST APIs answer a refused command each in their own way (the webapps' API knows
 * nothing of Årshjul's answers, and its resources turn most failures into a 500). So a request
 * that writes is answered from a buffer, and when the guard refused it, the answer is replaced
 * by one 400 whose message is the Danish refusal — the same on both.
 */
@Component
class UserRequests extends OncePerRequestFilter {

	private static final ThreadLocal<Request> CURRENT = new ThreadLocal<>();

	private final ObjectMapper json;

	UserRequests(ObjectMapper json) {
		this.json = json;
	}

	/** One person's request under way; the guard notes its refusal here. */
	static final class Request {

		private String refusal;

	}

	static boolean underway() {
		return CURRENT.get() != null;
	}

	static void refused(String message) {
		Request request = CURRENT.get();
		if (request != null && request.refusal == null) {
			request.refusal = message;
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith("/engine-rest/") && !path.startsWith("/camunda/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Request marked = new Request();
		CURRENT.set(marked);
		try {
			if (!writes(request)) {
				chain.doFilter(request, response);
				return;
			}
			ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, buffered);
			if (marked.refusal != null && !response.isCommitted()) {
				buffered.resetBuffer();
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				response.getOutputStream()
					.write(json.writeValueAsBytes(Map.of("type", "InvalidTaskInput", "message", marked.refusal)));
			}
			else {
				buffered.copyBodyToResponse();
			}
		}
		finally {
			CURRENT.remove();
		}
	}

	private static boolean writes(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
				&& !"OPTIONS".equals(request.getMethod());
	}

}
