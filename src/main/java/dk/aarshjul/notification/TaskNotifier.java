package dk.aarshjul.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.organisation.UserNames;
import dk.aarshjul.task.CycleVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes Danish mails about a task to the people who should act on it, and queues each one as a
 * mail job ({@link MailJobs}). A person on leave is replaced by their deputy, who also becomes a
 * candidate of the task so that the link in the mail opens something they may do.
 */
@Component
public class TaskNotifier {

	private static final Logger log = LoggerFactory.getLogger(TaskNotifier.class);

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private static final DateTimeFormatter DUE_DATE = DateTimeFormatter.ofPattern("EEEE 'd.' d. MMMM yyyy", DANISH);

	private final IdentityService identity;

	private final MailJobs mailJobs;

	private final NotificationRepository notifications;

	private final PersonAbsenceRepository absences;

	private final MessageSource messages;

	private final NotificationProperties properties;

	private final Clock clock;

	private final MailPreferences preferences;

	private final DigestEntryRepository digests;

	TaskNotifier(IdentityService identity, MailJobs mailJobs, NotificationRepository notifications,
			PersonAbsenceRepository absences, MessageSource messages, NotificationProperties properties, Clock clock,
			MailPreferences preferences, DigestEntryRepository digests) {
		this.preferences = preferences;
		this.digests = digests;
		this.identity = identity;
		this.mailJobs = mailJobs;
		this.notifications = notifications;
		this.absences = absences;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Who holds the task now: its assignee, or else everyone it is offered to — but for those the
	 * four-eyes rules keep from deciding it.
	 */
	public Set<String> holdersOf(DelegateTask task) {
		if (task.getAssignee() != null) {
			return Set.of(task.getAssignee());
		}
		Set<String> users = new LinkedHashSet<>();
		for (IdentityLink candidate : task.getCandidates()) {
			if (!IdentityLinkType.CANDIDATE.equals(candidate.getType())) {
				continue;
			}
			if (candidate.getUserId() != null) {
				users.add(candidate.getUserId());
			}
			else {
				users.addAll(membersOf(candidate.getGroupId()));
			}
		}
		users.removeAll(CycleVariables.excludedDeciders(task));
		return users;
	}

	public List<String> membersOf(String groupId) {
		PeopleRead read = peopleRead();
		List<String> members = read.members.get(groupId);
		if (members == null) {
			List<User> users = identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list();
			users.forEach(user -> read.users.put(user.getId(), user));
			members = users.stream().map(User::getId).toList();
			read.members.put(groupId, members);
		}
		return members;
	}

	/**
	 * Queues one mail of the given kind to each person (or their deputy); {@code detail} is the
	 * kind's extra line, e.g. who else holds a late task.
	 */
	public void notify(DelegateTask task, NotificationKind kind, Collection<String> userIds, String detail) {
		Map<String, Recipient> recipients = new LinkedHashMap<>();
		Set<String> excluded = CycleVariables.excludedDeciders(task);
		List<String> wanted = userIds.stream().filter(userId -> !excluded.contains(userId)).distinct().toList();
		if (wanted.isEmpty()) {
			return;
		}
		// the people, their leaves and their deputies in three queries, not three per person
		Map<String, User> people = users(wanted);
		LocalDate today = LocalDate.now(clock);
		Map<String, String> deputyOf = new LinkedHashMap<>();
		absences.findAllById(wanted).stream()
			.filter(absence -> absence.covers(today))
			.forEach(absence -> deputyOf.put(absence.getPersonId(), absence.getDeputyId()));
		Map<String, User> deputies = deputyOf.isEmpty() ? new LinkedHashMap<>()
				: users(List.copyOf(new LinkedHashSet<>(deputyOf.values())));
		for (String userId : wanted) {
			recipientFor(people.get(userId), deputies.get(deputyOf.get(userId)))
				.ifPresent(recipient -> recipients.putIfAbsent(recipient.userId(), recipient));
		}
		// only news of a task may wait for the digest; reminders and escalations go at once
		Set<String> digestReaders = kind == NotificationKind.NEW_TASK && !recipients.isEmpty()
				? preferences.digestReaders(recipients.keySet()) : Set.of();
		for (Recipient recipient : recipients.values()) {
			if (recipient.isDeputy()) {
				task.addCandidateUser(recipient.userId());
			}
			if (digestReaders.contains(recipient.userId())) {
				keepForDigest(task, recipient);
			}
			else {
				queue(task, kind, recipient, detail);
			}
		}
	}

	private void keepForDigest(DelegateTask task, Recipient recipient) {
		String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
		digests.save(new DigestEntry(recipient, task.getId(), task.getName(), dueText(task), businessKey,
				clock.instant()));
	}

	private String dueText(DelegateTask task) {
		return task.getDueDate() == null ? message("notification.noDueDate")
				: DUE_DATE.format(WorkingTime.dayOf(task.getDueDate()));
	}

	private void queue(DelegateTask task, NotificationKind kind, Recipient recipient, String detail) {
		String due = dueText(task);
		String subject = message("notification." + kind.messageKey() + ".subject", task.getName(), due);
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(message("notification.greeting", recipient.name()));
		paragraphs.add(message("notification." + kind.messageKey() + ".intro", task.getName(), due));
		if (detail != null) {
			paragraphs.add(detail);
		}
		paragraphs.add(message("notification.task", task.getName()) + "\n" + message("notification.due", due));
		paragraphs.add(message("notification.link", properties.taskLink(task.getId())));
		if (recipient.isDeputy()) {
			paragraphs.add(message("notification.deputy", recipient.onBehalfOfName()));
		}
		paragraphs.add(message("notification.signature"));
		String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
		Notification notification = notifications.save(new Notification(kind, recipient, subject,
				String.join("\n\n", paragraphs), task.getId(), businessKey, clock.instant()));
		mailJobs.queue(notification.getId());
	}

	private Map<String, User> users(List<String> ids) {
		PeopleRead read = peopleRead();
		List<String> unread = ids.stream().filter(id -> !read.users.containsKey(id)).toList();
		if (!unread.isEmpty()) {
			identity.createUserQuery().userIdIn(unread.toArray(String[]::new)).list()
				.forEach(user -> read.users.put(user.getId(), user));
		}
		Map<String, User> users = new LinkedHashMap<>();
		ids.stream().filter(read.users::containsKey).forEach(id -> users.put(id, read.users.get(id)));
		return users;
	}

	/**
	 * The people this transaction has read: a new task's candidates are read once for the
	 * four-eyes check, its holders and the names in its mail, not once for each. Outside a
	 * transaction nothing is kept.
	 */
	private PeopleRead peopleRead() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return new PeopleRead();
		}
		PeopleRead read = (PeopleRead) TransactionSynchronizationManager.getResource(this);
		if (read == null) {
			read = new PeopleRead();
			TransactionSynchronizationManager.bindResource(this, read);
			TransactionSynchronizationManager.registerSynchronization(read);
		}
		return read;
	}

	private final class PeopleRead implements TransactionSynchronization {

		private final Map<String, List<String>> members = new HashMap<>();

		private final Map<String, User> users = new HashMap<>();

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(TaskNotifier.this);
		}

	}

	/** The person, or their deputy while they are away. */
	private Optional<Recipient> recipientFor(User person, User deputy) {
		if (person == null) {
			return Optional.empty();
		}
		if (deputy != null) {
			return withEmail(new Recipient(deputy.getId(), UserNames.of(deputy), deputy.getEmail(), person.getId(),
					UserNames.of(person)));
		}
		return withEmail(new Recipient(person.getId(), UserNames.of(person), person.getEmail(), null, null));
	}

	private static Optional<Recipient> withEmail(Recipient recipient) {
		if (recipient.email() == null || recipient.email().isBlank()) {
			log.warn("User {} has no e-mail address; no mail sent", recipient.userId());
			return Optional.empty();
		}
		return Optional.of(recipient);
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, DANISH);
	}

}
