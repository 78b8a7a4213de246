package dk.aarshjul.foureyes;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dk.aarshjul.deadline.TaskEscalation;
import dk.aarshjul.engine.WithoutAuthorization;
import dk.aarshjul.notification.TaskNotifier;
import dk.aarshjul.organisation.UserNames;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.InvalidTaskInputException;
import dk.aarshjul.task.TaskActor;
import dk.aarshjul.task.UserTaskLifecycle;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps a task from the people the four-eyes rules exclude from it. As the task is created they
 * lose every permission on it — it is not in their Tasklist, they cannot claim or complete it —
 * and when nobody else holding it may decide, it goes one leadership level up at once, as a late
 * task would. Giving it to an excluded person, or completing it as one, is refused in Danish
 * (for callers the engine does not check, such as an administrator). It comes before the
 * announcement of new tasks, so that the excluded person is known when the mails go out.
 */
@Component
@Order(5)
class FourEyesGuard implements UserTaskLifecycle {

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private final FourEyes fourEyes;

	private final TaskCompletionRepository completions;

	private final TaskEscalation escalation;

	private final TaskNotifier notifier;

	private final AuthorizationService authorizations;

	private final IdentityService identity;

	private final MessageSource messages;

	private final Clock clock;

	FourEyesGuard(FourEyes fourEyes, TaskCompletionRepository completions, TaskEscalation escalation,
			TaskNotifier notifier, AuthorizationService authorizations, IdentityService identity,
			MessageSource messages, Clock clock) {
		this.fourEyes = fourEyes;
		this.completions = completions;
		this.escalation = escalation;
		this.notifier = notifier;
		this.authorizations = authorizations;
		this.identity = identity;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public void created(DelegateTask task) {
		Set<String> excluded = fourEyes.excludedFrom(task.getProcessInstanceId(), task.getTaskDefinitionKey());
		if (excluded.isEmpty()) {
			return;
		}
		CycleVariables.setExcludedDeciders(task, excluded);
		excluded.forEach(userId -> revokeEverything(userId, task.getId()));
		if (!notifier.holdersOf(task).isEmpty()) {
			return;
		}
		// the names only for the escalation's reason: most tasks have another holder
		String reason = messages.getMessage("foureyes.escalation.reason", new Object[] { namesOf(excluded) }, DANISH);
		while (escalation.escalateForFourEyes(task, reason) && notifier.holdersOf(task).isEmpty()) {
			// one level further up, until somebody may decide or the ladder ends
		}
	}

	@Override
	public void assigned(DelegateTask task) {
		String assignee = task.getAssignee();
		if (fourEyes.excludes(task.getProcessInstanceId(), task.getTaskDefinitionKey(), assignee)) {
			throw new InvalidTaskInputException(isCurrentUser(assignee) ? fourEyes.toTheUser(task.getTaskDefinitionKey())
					: fourEyes.aboutSomeoneElse(task.getTaskDefinitionKey(), assignee));
		}
	}

	@Override
	public void completed(DelegateTask task) {
		String actor = TaskActor.of(task);
		if (fourEyes.excludes(task.getProcessInstanceId(), task.getTaskDefinitionKey(), actor)) {
			throw new InvalidTaskInputException(fourEyes.toTheUser(task.getTaskDefinitionKey()));
		}
		completions.save(new TaskCompletion(task.getProcessInstanceId(), task.getId(), task.getTaskDefinitionKey(),
				actor, clock.instant()));
	}

	/**
	 * A user's own revoke outweighs the grants their groups get as candidates. Made by Årshjul, not
	 * by the user whose action created the task (who may not grant anything).
	 */
	private void revokeEverything(String userId, String taskId) {
		WithoutAuthorization.inThisCommand(() -> {
			Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
			revoke.setUserId(userId);
			revoke.setResource(Resources.TASK);
			revoke.setResourceId(taskId);
			revoke.removePermission(Permissions.ALL);
			return authorizations.saveAuthorization(revoke);
		});
	}

	private boolean isCurrentUser(String userId) {
		return identity.getCurrentAuthentication() != null
				&& userId.equals(identity.getCurrentAuthentication().getUserId());
	}

	private String namesOf(Set<String> userIds) {
		return userIds.stream().map(id -> {
			User user = identity.createUserQuery().userId(id).singleResult();
			return user == null ? id : UserNames.of(user);
		}).collect(Collectors.joining(", "));
	}

}
