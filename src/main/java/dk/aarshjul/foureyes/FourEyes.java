package dk.aarshjul.foureyes;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dk.aarshjul.engine.CurrentUser;
import dk.aarshjul.foureyes.FourEyesRules.Rule;
import dk.aarshjul.organisation.UserNames;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the four-eyes rules: who may not decide on a task because they did the work it decides
 * on, and the Danish words that tell them so.
 */
@Service
@Transactional(readOnly = true)
public class FourEyes {

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private final FourEyesRules rules;

	private final TaskCompletionRepository completions;

	private final MessageSource messages;

	private final IdentityService identity;

	private final TaskService tasks;

	FourEyes(FourEyesRules rules, TaskCompletionRepository completions, MessageSource messages,
			IdentityService identity, TaskService tasks) {
		this.rules = rules;
		this.completions = completions;
		this.messages = messages;
		this.identity = identity;
		this.tasks = tasks;
	}

	/** Everyone who completed one of the earlier tasks the rule for this task names, in the same instance. */
	public Set<String> excludedFrom(String processInstanceId, String taskKey) {
		Set<String> excluded = new TreeSet<>();
		rules.forTask(taskKey).map(Rule::notBy).ifPresent(earlier -> completions
			.findByProcessInstanceIdAndTaskKeyIn(processInstanceId, earlier)
			.forEach(completion -> {
				if (completion.getCompletedBy() != null) {
					excluded.add(completion.getCompletedBy());
				}
			}));
		return excluded;
	}

	public boolean excludes(String processInstanceId, String taskKey, String userId) {
		return userId != null && excludedFrom(processInstanceId, taskKey).contains(userId);
	}

	/** Why this user may not take or complete this task — empty when the rules let them. */
	public Optional<String> refusal(String taskId, String userId) {
		Task task = findWithoutAuthorization(taskId);
		if (task == null || !excludes(task.getProcessInstanceId(), task.getTaskDefinitionKey(), userId)) {
			return Optional.empty();
		}
		return Optional.of(toTheUser(task.getTaskDefinitionKey()));
	}

	/** The message for the excluded person themselves. */
	String toTheUser(String taskKey) {
		return messages.getMessage("foureyes." + taskKey + ".self", null, DANISH);
	}

	/** The message for someone who tries to give the task to an excluded person. */
	String aboutSomeoneElse(String taskKey, String userId) {
		User user = identity.createUserQuery().userId(userId).singleResult();
		return messages.getMessage("foureyes." + taskKey + ".other",
				new Object[] { user == null ? userId : UserNames.of(user) }, DANISH);
	}

	/**
	 * The excluded person may not read the task — that is the point — so when they are refused,
	 * the task is looked up on their behalf without their authorizations.
	 */
	private Task findWithoutAuthorization(String taskId) {
		return CurrentUser.asNobody(identity, () -> tasks.createTaskQuery().taskId(taskId).singleResult());
	}

}
