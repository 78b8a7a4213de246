package dk.aarshjul.task;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
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
 * by one 400 whose message is the Danish refusal — the same on both. A request for a task to the
 * webapps' API that the engine failed otherwise — a listener refused the form, somebody else got to
 * the task first, the four-eyes rules refuse — is answered as {@link DanishEngineAnswers} says, as the engine
 * REST API's own exception mappers answer it: Tasklist shows the Danish text alone, without Camunda's
 * "Cannot submit task form" and the task's id.
 */
@Component
class UserRequests extends OncePerRequestFilter {

	private static final ThreadLocal<Request> CURRENT = new ThreadLocal<>();

	private static final String WEBAPP_API = "/camunda/api/";

	/** The engine's REST API inside the webapps' API: what Tasklist calls for tasks. */
	private static final String WEBAPP_ENGINE_API = WEBAPP_API + "engine/";

	private final ObjectMapper json;

	private final ObjectProvider<DanishEngineAnswers> answers;

	UserRequests(ObjectMapper json, ObjectProvider<DanishEngineAnswers> answers) {
		this.json = json;
		this.answers = answers;
	}

	/** One person's request under way; the guard notes its refusal here, the engine its last failure. */
	static final class Request {

		private String refusal;

		private Throwable failure;

		private String failedFor;

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

	/** The engine failed a command of the request under way, as {@code userId}. */
	static void failed(Throwable failure, String userId) {
		Request request = CURRENT.get();
		if (request != null) {
			request.failure = failure;
			request.failedFor = userId;
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith("/engine-rest/") && !path.startsWith(WEBAPP_API);
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
			Optional<DanishEngineAnswers.Answer> answer = answerTo(request, buffered, marked);
			if (answer.isPresent() && !response.isCommitted()) {
				buffered.resetBuffer();
				response.setStatus(answer.get().status());
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				response.getOutputStream()
					.write(json.writeValueAsBytes(Map.of("type", answer.get().type(), "message", answer.get().message())));
			}
			else {
				buffered.copyBodyToResponse();
			}
		}
		finally {
			CURRENT.remove();
		}
	}

	/**
	 * The guard's refusal on either API; on the webapps' API, whose exception mappers are Camunda's,
	 * the Danish answer to what the engine failed with. The engine REST API answers that itself.
	 */
	private Optional<DanishEngineAnswers.Answer> answerTo(HttpServletRequest request,
			ContentCachingResponseWrapper response, Request marked) {
		if (marked.refusal != null) {
			return Optional.of(new DanishEngineAnswers.Answer(HttpServletResponse.SC_BAD_REQUEST, "InvalidTaskInput",
					marked.refusal));
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (marked.failure == null || response.getStatus() < HttpServletResponse.SC_BAD_REQUEST
				|| !path.startsWith(WEBAPP_ENGINE_API) || !path.contains("/task/") && !refusal(marked.failure)) {
			// Admin's and Cockpit's own failures (a user id taken, say) keep Camunda's answer
			return Optional.empty();
		}
		return answers.getObject().answer(marked.failure, path, marked.failedFor);
	}

	private static boolean refusal(Throwable failure) {
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof InvalidTaskInputException) {
				return true;
			}
		}
		return false;
	}

	private static boolean writes(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
				&& !"OPTIONS".equals(request.getMethod());
	}

}
