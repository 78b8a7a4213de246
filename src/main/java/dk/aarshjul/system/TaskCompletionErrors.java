package dk.aarshjul.system;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.aarshjul.cycle.InvalidTaskInputException;
import dk.aarshjul.foureyes.FourEyes;
import jakarta.annotation.Priority;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * When Tasklist (or anyone) submits a task's form and Årshjul refuses it, the answer is 400 with
 * the Danish message alone. When somebody else got there first — the task completed, claimed or
 * changed in the same instant, the same unit plan saved by both, or the engine tripping over the
 * other's half-finished work — it is 409 with a Danish explanation, instead of Camunda's English
 * 500. Every other error is answered as Camunda answers it.
 */
class TaskCompletionErrors {

	/** Camunda wraps what the engine throws in a RestException; Jersey picks the mapper of the closest type. */
	@Provider
	@Priority(1000)
	static class ForRestExceptions implements ExceptionMapper<RestException> {

		private final TaskCompletionErrors errors;

		ForRestExceptions(TaskCompletionErrors errors) {
			this.errors = errors;
		}

		@Override
		public Response toResponse(RestException exception) {
			return errors.toResponse(exception);
		}

	}

	/** Camunda maps its authorization errors itself; this mapper is closer to the type, so it is asked first. */
	@Provider
	@Priority(1000)
	static class ForAuthorizationExceptions implements ExceptionMapper<AuthorizationException> {

		private final TaskCompletionErrors errors;

		ForAuthorizationExceptions(TaskCompletionErrors errors) {
			this.errors = errors;
		}

		@Override
		public Response toResponse(AuthorizationException exception) {
			return errors.fourEyesRefusal(exception)
				.map(refusal -> answer(Response.Status.FORBIDDEN, "FourEyes", refusal))
				.orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(exception));
		}

	}

	/** What the engine throws unwrapped, e.g. while tripping over another user's half-finished completion. */
	@Provider
	@Priority(1000)
	static class ForOtherExceptions implements ExceptionMapper<Exception> {

		private final TaskCompletionErrors errors;

		ForOtherExceptions(TaskCompletionErrors errors) {
			this.errors = errors;
		}

		@Override
		public Response toResponse(Exception exception) {
			return errors.toResponse(exception);
		}

	}

	private static final Pattern TASK_ACTION = Pattern.compile("/task/([^/]+)/(submit-form|complete|claim)$");

	private final MessageSource messages;

	private final TaskService tasks;

	private final FourEyes fourEyes;

	TaskCompletionErrors(MessageSource messages, TaskService tasks, FourEyes fourEyes) {
		this.messages = messages;
		this.tasks = tasks;
		this.fourEyes = fourEyes;
	}

	Response toResponse(Exception exception) {
		Optional<String> fourEyesRefusal = fourEyesRefusal(exception);
		if (fourEyesRefusal.isPresent()) {
			return answer(Response.Status.FORBIDDEN, "FourEyes", fourEyesRefusal.get());
		}
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidTaskInputException refused) {
				return answer(Response.Status.BAD_REQUEST, "InvalidTaskInput", refused.getMessage());
			}
			if (cause instanceof OptimisticLockingException || cause instanceof TaskAlreadyClaimedException
					|| cause instanceof ObjectOptimisticLockingFailureException || cause instanceof OptimisticLockException
					|| cause instanceof DataIntegrityViolationException) {
				return conflict();
			}
		}
		if (taskOfThisRequestIsGone(exception)) {
			return conflict();
		}
		return ExceptionHandlerHelper.getInstance().getResponse(exception);
	}

	/**
	 * The engine refused a task's claim or completion because the four-eyes rules took the user's
	 * permissions on it: the answer says why in Danish, not as the engine's bare authorization error.
	 */
	private Optional<String> fourEyesRefusal(Exception exception) {
		AuthorizationException refused = null;
		for (Throwable cause = exception; cause != null && refused == null; cause = cause.getCause()) {
			refused = cause instanceof AuthorizationException authorization ? authorization : null;
		}
		if (refused == null || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
			return Optional.empty();
		}
		Matcher action = TASK_ACTION.matcher(request.getRequest().getRequestURI());
		return action.find() ? fourEyes.refusal(action.group(1), refused.getUserId()) : Optional.empty();
	}

	/** The request acted on a task that, now that it failed, no longer exists: somebody else completed it. */
	private boolean taskOfThisRequestIsGone(Exception exception) {
		boolean missingTask = exception instanceof NullValueException || exception.getCause() instanceof NullValueException
				|| exception instanceof RuntimeException && !(exception instanceof WebApplicationException);
		if (!missingTask || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
			return false;
		}
		Matcher action = TASK_ACTION.matcher(request.getRequest().getRequestURI());
		return action.find() && tasks.createTaskQuery().taskId(action.group(1)).count() == 0;
	}

	private Response conflict() {
		return answer(Response.Status.CONFLICT, "TaskConflict",
				messages.getMessage("task.conflict", null, Locale.forLanguageTag("da-DK")));
	}

	private static Response answer(Response.Status status, String type, String message) {
		return Response.status(status)
			.type(MediaType.APPLICATION_JSON_TYPE)
			.entity(Map.of("type", type, "message", message))
			.build();
	}

}
