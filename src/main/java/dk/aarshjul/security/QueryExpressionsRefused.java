package dk.aarshjul.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.system.ReadBody;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No task query or filter from outside carries an expression: a request to the task and filter
 * endpoints of {@code /engine-rest} or of the webapps' engine API with a criterion named
 * {@code …Expression} — in its address, in its JSON at any depth — is refused (400, in Danish)
 * before the engine sees it. The engine's own switches ({@code enableExpressionsInStoredQueries},
 * {@code enableExpressionsInAdhocQueries}, application.yml) refuse expressions in a query and a
 * filter too, but Camunda 7.24 checks neither in a query's {@code orQueries}: an expression there
 * is evaluated whatever the switches say. This filter closes that, and answers in Danish.
 */
@Component
class QueryExpressionsRefused extends OncePerRequestFilter {

	static final String MESSAGE = "query.expression.refused";

	/** The endpoints that take a task query or a filter, after {@code /engine-rest/} or {@code …/engine/<name>/}. */
	private static final Pattern QUERY_ENDPOINTS = Pattern
		.compile("^(task|task/count|filter/create|filter/[^/]+|filter/[^/]+/(list|count|singleResult))/?$");

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	/** Far more than any query; a body beyond it is not read into memory. */
	private static final int MOST_BYTES = 512 * 1024;

	private final MessageSource messages;

	private final ObjectMapper json;

	private final String webappEngineApi;

	QueryExpressionsRefused(MessageSource messages, ObjectMapper json, CamundaBpmProperties camunda) {
		this.messages = messages;
		this.json = json;
		this.webappEngineApi = camunda.getWebapp().getApplicationPath() + "/api/engine/engine/";
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return endpoint(request) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (namesAnExpression(request.getQueryString())) {
			refuse(response);
			return;
		}
		if (!isJson(request)) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(MOST_BYTES + 1);
		if (body.length > MOST_BYTES) {
			answer(response, HttpStatus.PAYLOAD_TOO_LARGE,
					messages.getMessage("api.tooLarge", new Object[] { MOST_BYTES / 1024 }, DANISH));
			return;
		}
		if (namesAnExpression(body)) {
			refuse(response);
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	/** The part of the address after the engine's root, when it is a query or filter endpoint. */
	private String endpoint(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String rest = null;
		if (path.startsWith("/engine-rest/")) {
			rest = path.substring("/engine-rest/".length());
			// the engine REST API also answers as /engine-rest/engine/<name>/...
			if (rest.startsWith("engine/")) {
				int slash = rest.indexOf('/', "engine/".length());
				rest = slash < 0 ? null : rest.substring(slash + 1);
			}
		}
		else if (path.startsWith(webappEngineApi)) {
			int slash = path.indexOf('/', webappEngineApi.length());
			rest = slash < 0 ? null : path.substring(slash + 1);
		}
		return rest != null && QUERY_ENDPOINTS.matcher(rest).matches() ? rest : null;
	}

	private static boolean namesAnExpression(String queryString) {
		if (queryString == null) {
			return false;
		}
		for (String pair : queryString.split("&")) {
			String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
			try {
				name = URLDecoder.decode(name, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException badlyEncoded) {
				// the name as sent; Jersey refuses the address itself
			}
			if (isExpression(name)) {
				return true;
			}
		}
		return false;
	}

	private boolean namesAnExpression(byte[] body) {
		if (body.length == 0) {
			return false;
		}
		try {
			return namesAnExpression(json.readTree(body));
		}
		catch (JacksonException unreadable) {
			// not JSON: the engine refuses it as it always did
			return false;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean namesAnExpression(JsonNode node) {
		if (node == null) {
			return false;
		}
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				if (isExpression(field.getKey()) || namesAnExpression(field.getValue())) {
					return true;
				}
			}
		}
		else if (node.isArray()) {
			for (JsonNode element : node) {
				if (namesAnExpression(element)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isExpression(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith("expression");
	}

	private static boolean isJson(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).contains("json");
	}

	private void refuse(HttpServletResponse response) throws IOException {
		answer(response, HttpStatus.BAD_REQUEST, messages.getMessage(MESSAGE, null, DANISH));
	}

	/** In the engine REST API's own shape, so Tasklist shows the message. */
	private void answer(HttpServletResponse response, HttpStatus status, String message) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(Map.of("type", "InvalidRequestException", "message", message)));
	}

}
