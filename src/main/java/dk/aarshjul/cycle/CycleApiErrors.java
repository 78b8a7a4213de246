package dk.aarshjul.cycle;

import java.util.Map;

import dk.aarshjul.organisation.CamundaGroups;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** How the cycle API says no: a Danish title and, per field, what is wrong. */
@RestControllerAdvice(assignableTypes = { CycleApiController.class, CalendarApiController.class })
class CycleApiErrors {

	private final MessageSource messages;

	CycleApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	/** Refused to someone who is no process owner; the message key says what only process owners may do. */
	static class ProcessOwnersOnly extends AccessDeniedException {

		private final String messageKey;

		ProcessOwnersOnly(String messageKey) {
			super("Only process owners may do this: " + messageKey);
			this.messageKey = messageKey;
		}

	}

	/** Starting a cycle: process owners, and administrators, who may do what a process owner may. */
	static void requireProcessOwner(Authentication user) {
		boolean administrator = user.getAuthorities()
			.stream()
			.anyMatch(authority -> authority.getAuthority().equals("GROUP_" + CamundaGroups.ADMINISTRATORS));
		if (!administrator) {
			requireProcessOwner(user, "cycle.forbidden");
		}
	}

	static void requireProcessOwner(Authentication user, String messageKey) {
		boolean processOwner = user.getAuthorities()
			.stream()
			.anyMatch(authority -> authority.getAuthority().equals("GROUP_procesejer"));
		if (!processOwner) {
			throw new ProcessOwnersOnly(messageKey);
		}
	}

	@ExceptionHandler(CycleRefusedException.class)
	ProblemDetail refused(CycleRefusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(ex.summary());
		problem.setProperty("errors",
				ex.problems().stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
		return problem;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		String key = ex instanceof ProcessOwnersOnly refused ? refused.messageKey : "cycle.forbidden";
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
		problem.setTitle(messages.getMessage(key, null, LocaleContextHolder.getLocale()));
		return problem;
	}

}
