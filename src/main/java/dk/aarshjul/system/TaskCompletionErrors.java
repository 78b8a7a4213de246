package dk.aarshjul.system;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.engine.CurrentUser;
import dk.aarshjul.foureyes.FourEyes;
import dk.aarshjul.task.DanishEngineAnswers;
import dk.aarshjul.task.InvalidTaskInputException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * When Tasklist (or anyone) submits a task's form and Årshjul refuses it, the answer is 400 with
 * the Danish message alone. When somebody else got there first, it is 409 and says who and when,
 * from history ("Opgaven blev løst af Anders Holm den 3. marts kl. 10.42", or "af dig" to a user
 * whose first try got no answer) — whatever the engine tripped over on the way: the task missing,
 * the other's optimistic lock, or the authorization the completion had just removed (which
 * Camunda answers with an English 403). A task that never existed is a Danish 404. Every other
 * error is answered as Camunda answers it — but for a claim or completion the four-eyes rules
 * refuse, which is a Danish 403 that says why.
 * <p>
 * The one place that knows these answers: the engine REST API asks it through its exception mappers
 * ({@link #mappers}), the webapps' REST API (which Tasklist calls, and whose mappers are Camunda's) through
 * {@code task.UserRequests}, which replaces that API's answer to a failed request by this one.
 */
@Component
class TaskCompletionErrors implements DanishEngineAnswers {

	/**
	 * Jersey asks the mapper of the closest type, and Camunda maps RestException, ProcessEngineException,
	 * AuthorizationException and Exception itself: so Årshjul's answer is registered for each of these
	 * types, ahead of Camunda's. Camunda wraps what the engine throws in a RestException; what the REST
	 * API lets through unwrapped (the AuthorizationException of a task just completed by another, a
	 * four-eyes refusal, the engine tripping over another user's half-finished completion) must not
	 * reach the user as Camunda's English answer either.
	 */
	static List<ExceptionMapper<?>> mappers(TaskCompletionErrors errors) {
		// Jersey reads the mapped type from the class's type argument, hence a subclass for each
		return List.of(new Mapper<RestException>(errors) {
		}, new Mapper<ProcessEngineException>(errors) {
		}, new Mapper<AuthorizationException>(errors) {
		}, new Mapper<Exception>(errors) {
		});
	}

	/** Asked before Camunda's mappers of the same type (a lower number comes first). */
	static final int PRIORITY = 1000;

	abstract static class Mapper<E extends Exception> implements ExceptionMapper<E> {

		private final TaskCompletionErrors errors;

		Mapper(TaskCompletionErrors errors) {
			this.errors = errors;
		}

		@Override
		public Response toResponse(E exception) {
			return errors.toResponse(exception);
		}

	}

	private static final Pattern TASK_ACTION = Pattern.compile("/task/([^/]+)/(submit-form|complete|claim)$");

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private final MessageSource messages;

	private final TaskFates fates;

	private final IdentityService identity;

	private final FourEyes fourEyes;

	TaskCompletionErrors(MessageSource messages, TaskFates fates, IdentityService identity, FourEyes fourEyes) {
		this.messages = messages;
		this.fates = fates;
		this.identity = identity;
		this.fourEyes = fourEyes;
	}

	Response toResponse(Exception exception) {
		return answer(exception, pathOfThisRequest(), currentUser())
			.map(answer -> Response.status(answer.status())
				.type(MediaType.APPLICATION_JSON_TYPE)
				.entity(Map.of("type", answer.type(), "message", answer.message()))
				.build())
			.orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(exception));
	}

	@Override
	public Optional<Answer> answer(Throwable exception, String path, String userId) {
		InvalidTaskInputException refused = Conflicts.refusedInput(exception);
		if (refused != null) {
			return Optional.of(answer(Response.Status.BAD_REQUEST, "InvalidTaskInput", refused.getMessage()));
		}
		String taskId = taskOf(path);
		Optional<String> fourEyesRefusal = taskId == null ? Optional.empty() : fourEyesRefusal(taskId, exception);
		if (fourEyesRefusal.isPresent()) {
			return Optional.of(answer(Response.Status.FORBIDDEN, "FourEyes", fourEyesRefusal.get()));
		}
		if (taskId != null) {
			return Optional.ofNullable(answerFromTheTasksFate(taskId, exception, isClaim(path), userId));
		}
		return Conflicts.isConflict(exception) ? Optional.of(conflict("task.conflict")) : Optional.empty();
	}

	private Answer answerFromTheTasksFate(String taskId, Throwable exception, boolean claim, String userId) {
		TaskFate fate = fates.fateOf(taskId);
		switch (fate.state()) {
			case COMPLETED:
				if (fate.userId() == null) {
					return conflict("task.completed", when(fate));
				}
				return fate.userId().equals(userId) ? conflict("task.completed.byYou", when(fate))
						: conflict("task.completed.byOther", fate.userName(), when(fate));
			case CLOSED:
				return conflict("task.closed", when(fate));
			case UNKNOWN:
				return answer(Response.Status.NOT_FOUND, "TaskNotFound", message("task.notFound"));
			default:
				boolean lostClaim = claimedByAnother(exception) || Conflicts.isConflict(exception) && claim;
				if (lostClaim && fate.userId() != null && !fate.userId().equals(userId)) {
					return conflict("task.claimed", fate.userName());
				}
				return Conflicts.isConflict(exception) ? conflict("task.conflict") : null;
		}
	}

	/**
	 * The engine refused a task's claim or completion because the four-eyes rules took the user's
	 * permissions on it: the answer says why in Danish.
	 */
	private Optional<String> fourEyesRefusal(String taskId, Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof AuthorizationException refused) {
				return fourEyes.refusal(taskId, refused.getUserId());
			}
		}
		return Optional.empty();
	}

	private static boolean claimedByAnother(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof TaskAlreadyClaimedException) {
				return true;
			}
		}
		return false;
	}

	private static String pathOfThisRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? request.getRequest().getRequestURI() : null;
	}

	/** The task the failed request acted on, from its address. */
	private static String taskOf(String path) {
		if (path == null) {
			return null;
		}
		Matcher action = TASK_ACTION.matcher(path);
		return action.find() ? action.group(1) : null;
	}

	private static boolean isClaim(String path) {
		return path != null && path.endsWith("/claim");
	}

	private String currentUser() {
		return CurrentUser.id(identity);
	}

	private String when(TaskFate fate) {
		return DateTimeFormatter.ofPattern(message("task.time.pattern"), DANISH).format(fate.at().atZone(WorkingTime.ZONE));
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, DANISH);
	}

	private Answer conflict(String key, Object... arguments) {
		return answer(Response.Status.CONFLICT, "TaskConflict", message(key, arguments));
	}

	private static Answer answer(Response.Status status, String type, String message) {
		return new Answer(status.getStatusCode(), type, message);
	}

}
