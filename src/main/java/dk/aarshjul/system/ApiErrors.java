package dk.aarshjul.system;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * What every Årshjul API answers when a request cannot even be read: a 4xx with a Danish title
 * and, where Jackson or Spring can tell, the field that is wrong. The features' own advice handles
 * requests that are read but refused.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrors {

	private final MessageSource messages;

	ApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		String field = ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
				? mapping.getPath().stream()
					.map(reference -> reference.getFieldName() != null ? reference.getFieldName()
							: "[" + reference.getIndex() + "]")
					.collect(Collectors.joining("."))
				: null;
		return field == null ? problem(HttpStatus.BAD_REQUEST, "api.unreadable", null)
				: problem(HttpStatus.BAD_REQUEST, "api.field.invalid", field);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "api.field.invalid", ex.getName());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missing(MissingServletRequestParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, "api.field.missing", ex.getParameterName());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail mediaType() {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.mediaType", null);
	}

	/** Unknown ids and the like: the reason given in Danish, or a Danish word for the status. */
	@ExceptionHandler(ResponseStatusException.class)
	ProblemDetail status(ResponseStatusException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(ex.getStatusCode());
		problem.setTitle(ex.getReason() != null ? ex.getReason()
				: messages.getMessage("api.status." + ex.getStatusCode().value(), null,
						HttpStatus.valueOf(ex.getStatusCode().value()).getReasonPhrase(), LocaleContextHolder.getLocale()));
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String key, String field) {
		String message = messages.getMessage(key, new Object[] { field }, LocaleContextHolder.getLocale());
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(message);
		if (field != null) {
			problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		}
		return problem;
	}

}
