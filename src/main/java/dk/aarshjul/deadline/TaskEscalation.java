package dk.aarshjul.deadline;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.notification.NotificationKind;
import dk.aarshjul.notification.TaskNotifier;
import dk.aarshjul.task.CycleVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A task passed its deadline ({@code ${taskEscalation}}, fired once after the deadline and once
 * more some working days later): the next leadership level up is told, may now do the task
 * itself, and the escalation is recorded with the plan. The same step is taken at once when
 * nobody who holds a task may decide it (the four-eyes rules).
 */
@Component("taskEscalation")
public class TaskEscalation implements TaskListener {

	private final EscalationLadder ladder;

	private final DeadlineEscalationRepository escalations;

	private final TaskNotifier notifier;

	private final MessageSource messages;

	private final Clock clock;

	private final IdentityService identity;

	private final AuditTrail audit;

	TaskEscalation(EscalationLadder ladder, DeadlineEscalationRepository escalations, TaskNotifier notifier,
			MessageSource messages, Clock clock, IdentityService identity, AuditTrail audit) {
		this.audit = audit;
		this.identity = identity;
		this.ladder = ladder;
		this.escalations = escalations;
		this.notifier = notifier;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		Set<String> holdingGroups = holdingGroups(task);
		List<String> levels = ladder.above(CycleVariables.unitId(task), holdingGroups);
		if (levels.isEmpty()) {
			return;
		}
		String superior = levels.get(0);
		int level = escalations.countByTaskId(task.getId()) + 1;
		escalations.save(new DeadlineEscalation(CycleVariables.planId(task), CycleVariables.cycleId(task),
				task.getId(), task.getTaskDefinitionKey(), task.getName(), CycleVariables.unitId(task), level, superior,
				task.getDueDate() == null ? null : task.getDueDate().toInstant(), clock.instant()));
		audit.record(CycleVariables.cycleId(task), null, AuditAction.ESCALATED,
				task.getName() + " → " + superior + " (" + level + ")", null);
		task.addCandidateGroup(superior);
		notifier.notify(task, NotificationKind.ESCALATION, notifier.membersOf(superior),
				message("notification.escalation.detail", level, namesOf(holdingGroups)));
	}

	/**
	 * Gives the task to the next leadership level up now, because nobody who holds it may decide
	 * it; {@code reason} says why, in the audit trail and the mail. It is not late, so it is not
	 * counted among the deadline's escalations.
	 *
	 * @return whether there was a level left to give it to
	 */
	public boolean escalateForFourEyes(DelegateTask task, String reason) {
		Set<String> holdingGroups = holdingGroups(task);
		List<String> levels = ladder.above(CycleVariables.unitId(task), holdingGroups);
		if (levels.isEmpty()) {
			return false;
		}
		String superior = levels.get(0);
		audit.record(CycleVariables.cycleId(task), null, AuditAction.ESCALATED_FOR_FOUR_EYES,
				task.getName() + " → " + superior, reason);
		task.addCandidateGroup(superior);
		notifier.notify(task, NotificationKind.FOUR_EYES, notifier.membersOf(superior),
				reason + " " + message("notification.fourEyes.detail", namesOf(holdingGroups)));
		return true;
	}

	private static Set<String> holdingGroups(DelegateTask task) {
		return task.getCandidates().stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.collect(Collectors.toSet());
	}

	private String namesOf(Set<String> groupIds) {
		return groupIds.isEmpty() ? "" : identity.createGroupQuery()
			.groupIdIn(groupIds.toArray(String[]::new))
			.orderByGroupName()
			.asc()
			.list()
			.stream()
			.map(Group::getName)
			.collect(Collectors.joining(", "));
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, Locale.forLanguageTag("da-DK"));
	}

}
