package dk.aarshjul.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dk.aarshjul.calendar.DanishWorkingDays;
import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.engine.EngineTables;
import dk.aarshjul.organisation.UserNames;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The daily digests: on a Danish working day, from {@code aarshjul.notification.digest-hour}
 * (07:00), each person with new tasks kept for them ({@link DigestEntry}) gets one mail listing
 * those still open, queued as an ordinary mail job. Tasks kept after that hour wait for the next
 * working day, so nobody gets more than one digest a day. Called by every round of the deadline
 * chase (deadline.DailyDigestRound), the routine that already follows the clock; a round that
 * finds nothing due does nothing. Each person's digest is taken in a transaction of its own by
 * marking their entries sent, so two nodes never send it twice and one that fails is tried again
 * at the next round.
 */
@Component
public class MailDigests {

	private static final Logger log = LoggerFactory.getLogger(MailDigests.class);

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	/** A mail's body holds at most 20,000 characters; the rest are in Tasklist. */
	private static final int MOST_TASKS_LISTED = 50;

	private final DigestEntryRepository entries;

	private final NotificationRepository notifications;

	private final MailJobs mailJobs;

	private final DanishWorkingDays workingDays;

	private final NotificationProperties properties;

	private final IdentityService identity;

	private final NamedParameterJdbcTemplate jdbc;

	private final MessageSource messages;

	MailDigests(DigestEntryRepository entries, NotificationRepository notifications, MailJobs mailJobs,
			DanishWorkingDays workingDays, NotificationProperties properties, IdentityService identity,
			NamedParameterJdbcTemplate jdbc, MessageSource messages) {
		this.entries = entries;
		this.notifications = notifications;
		this.mailJobs = mailJobs;
		this.workingDays = workingDays;
		this.properties = properties;
		this.identity = identity;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** Sends the digests due at {@code now}; answers how many mails were queued. */
	public int sendDue(Instant now) {
		ZonedDateTime local = now.atZone(WorkingTime.ZONE);
		LocalDate today = local.toLocalDate();
		if (!workingDays.isWorkingDay(today) || local.getHour() < properties.digestHour()) {
			return 0;
		}
		Instant cutoff = today.atTime(properties.digestHour(), 0).atZone(WorkingTime.ZONE).toInstant();
		Map<String, List<Long>> due = mailJobs.inCommandOfItsOwn(() -> {
			Map<String, List<Long>> byRecipient = new LinkedHashMap<>();
			entries.findBySentAtIsNullAndQueuedAtBeforeOrderByRecipientIdAscIdAsc(cutoff)
				.forEach(entry -> byRecipient.computeIfAbsent(entry.getRecipientId(), id -> new ArrayList<>())
					.add(entry.getId()));
			return byRecipient;
		});
		int sent = 0;
		for (Map.Entry<String, List<Long>> recipient : due.entrySet()) {
			try {
				sent += mailJobs.inCommandOfItsOwn(() -> send(recipient.getKey(), recipient.getValue(), now)) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				log.warn("The daily digest of {} was not sent ({}); trying again at the next round", recipient.getKey(),
						ex.toString());
			}
		}
		return sent;
	}

	/** One person's digest, of the tasks among the entries that are still open. */
	private boolean send(String recipientId, List<Long> entryIds, Instant now) {
		int taken = jdbc.update("update mail_digest_entry set sent_at = :now where id in (:ids) and sent_at is null",
				Map.of("now", java.sql.Timestamp.from(now), "ids", entryIds));
		if (taken != entryIds.size()) {
			throw new IllegalStateException("Digest of " + recipientId + " was sent by another node meanwhile");
		}
		List<DigestEntry> kept = entries.findAllById(entryIds);
		Set<String> open = new HashSet<>(jdbc.queryForList(EngineTables.sql("select ID_ from {tasks} where ID_ in (:ids)"),
				Map.of("ids", kept.stream().map(DigestEntry::getTaskId).toList()), String.class));
		List<DigestEntry> stillOpen = kept.stream()
			.filter(entry -> open.contains(entry.getTaskId()))
			.sorted(java.util.Comparator.comparing(DigestEntry::getId))
			.toList();
		if (stillOpen.isEmpty()) {
			return false;
		}
		Set<String> people = new LinkedHashSet<>();
		people.add(recipientId);
		stillOpen.stream().map(DigestEntry::getOnBehalfOf).filter(id -> id != null).forEach(people::add);
		Map<String, String> names = new LinkedHashMap<>();
		identity.createUserQuery().userIdIn(people.toArray(String[]::new)).list()
			.forEach(user -> names.put(user.getId(), UserNames.of(user)));
		DigestEntry first = stillOpen.get(0);
		Recipient recipient = new Recipient(recipientId, names.getOrDefault(recipientId, recipientId),
				first.getRecipientEmail(), null, null);
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(message("notification.greeting", recipient.name()));
		paragraphs.add(message("notification.digest.intro", stillOpen.size()));
		for (DigestEntry entry : stillOpen.subList(0, Math.min(stillOpen.size(), MOST_TASKS_LISTED))) {
			String item = message("notification.task", entry.getTaskName()) + "\n"
					+ message("notification.due", entry.getDueText()) + "\n" + properties.taskLink(entry.getTaskId());
			if (entry.getOnBehalfOf() != null) {
				item += "\n" + message("notification.digest.deputy",
						names.getOrDefault(entry.getOnBehalfOf(), entry.getOnBehalfOf()));
			}
			paragraphs.add(item);
		}
		if (stillOpen.size() > MOST_TASKS_LISTED) {
			paragraphs.add(message("notification.digest.more", stillOpen.size() - MOST_TASKS_LISTED));
		}
		paragraphs.add(message("notification.digest.choice", settingsLink()));
		paragraphs.add(message("notification.signature"));
		Notification notification = notifications.save(new Notification(NotificationKind.DIGEST, recipient,
				message("notification.digest.subject", stillOpen.size()), String.join("\n\n", paragraphs), null, null,
				now));
		mailJobs.queue(notification.getId());
		return true;
	}

	private String settingsLink() {
		String base = properties.baseUrl().endsWith("/")
				? properties.baseUrl().substring(0, properties.baseUrl().length() - 1) : properties.baseUrl();
		return base + "/indstillinger";
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, DANISH);
	}

	/** For tests and the settings page: what is waiting for a person's next digest. */
	public long waitingFor(String personId) {
		return entries.findByRecipientIdOrderById(personId).stream().filter(entry -> entry.getSentAt() == null).count();
	}

}
