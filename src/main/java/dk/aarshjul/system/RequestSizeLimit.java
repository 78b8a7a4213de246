package dk.aarshjul.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Årshjul's API takes plans and calendars, never megabytes: a larger body is refused before it is
 * read, in Danish (413 on Årshjul's API; 400 on the engine's, as it answers every refused input), so
 * nobody can tie the server up with one request. A chunked body, whose length is not announced, is
 * read up to the limit and no further.
 * <p>
 * The engine's APIs ({@code /engine-rest/**}, and {@code /camunda/api/**} behind the webapps) take
 * any variable a person sends, of any size and shape, and store it on the instance: there the body
 * is held to its own limit, and Json in it — the body itself and every Json variable written as a
 * string inside it — to {@link JsonDepth#MOST_LEVELS} levels of nesting (400), before the engine
 * sees it, so nothing is stored and the engine's own message never reaches the person.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

	static final long MOST_BYTES = 512 * 1024;

	/** A task's variables: the plan's rows at most, which are a fraction of this. */
	static final long MOST_ENGINE_BYTES = 1024 * 1024;

	private final MessageSource messages;

	private final String webappApi;

	RequestSizeLimit(MessageSource messages, CamundaBpmProperties camunda) {
		this.messages = messages;
		this.webappApi = camunda.getWebapp().getApplicationPath() + "/api/";
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isApi(request) && !isEngine(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean engine = isEngine(request);
		long most = engine ? MOST_ENGINE_BYTES : MOST_BYTES;
		if (request.getContentLengthLong() > most) {
			refuse(response, engine, tooLarge(engine), "api.tooLarge", most / 1024);
			return;
		}
		boolean chunked = request.getContentLengthLong() < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
		boolean json = isJson(request);
		if (chunked && !isForm(request) || engine && json && request.getContentLengthLong() > 0) {
			// A chunked body announces no length: read at most one byte past the limit to know.
			byte[] body = request.getInputStream().readNBytes((int) most + 1);
			if (body.length > most) {
				refuse(response, engine, tooLarge(engine), "api.tooLarge", most / 1024);
				return;
			}
			if (engine && json && JsonDepth.deeperThanAllowed(body)) {
				refuse(response, engine, HttpStatus.BAD_REQUEST, "api.tooDeep", JsonDepth.MOST_LEVELS);
				return;
			}
			chain.doFilter(new ReadBody(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * The engine's APIs answer every refused input as a bad request, the status Tasklist shows its
	 * message for; Årshjul's own API says what HTTP says of a body too large.
	 */
	private static HttpStatus tooLarge(boolean engine) {
		return engine ? HttpStatus.BAD_REQUEST : HttpStatus.PAYLOAD_TOO_LARGE;
	}

	/** Årshjul's API answers as problem details; the engine's in the engine's own error shape, which the webapps show. */
	private void refuse(HttpServletResponse response, boolean engine, HttpStatus status, String key, long most)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(engine ? MediaType.APPLICATION_JSON_VALUE : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		// as text: outside Spring MVC the locale is not yet Danish, and 1024 must not read "1,024"
		String text = messages.getMessage(key, new Object[] { String.valueOf(most) }, LocaleContextHolder.getLocale());
		response.getWriter()
			.write(engine ? "{\"type\":\"InvalidRequestException\",\"message\":\"" + text + "\"}"
					: "{\"status\":" + status.value() + ",\"title\":\"" + text + "\"}");
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	private boolean isEngine(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return uri.startsWith(request.getContextPath() + "/engine-rest/")
				|| uri.startsWith(request.getContextPath() + webappApi);
	}

	private static boolean isJson(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json");
	}

	/** Tomcat reads form bodies itself, within its own maxPostSize. */
	private static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
				|| type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE));
	}

}
