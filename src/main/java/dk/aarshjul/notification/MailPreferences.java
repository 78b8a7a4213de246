package dk.aarshjul.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dk.aarshjul.engine.EngineTables;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a person hears of a new task in a mail of its own or in the next daily digest.
 * <p>
 * A person's own choice on {@code /indstillinger} decides. Without one, the default is the digest
 * for a <em>busy leader</em>: someone the organisation file gives a leadership level who, when a
 * new task arrives for them, already has at least one other open task they may do (assigned to
 * them, or offered to them or to one of their groups) — so more than one counting the new task.
 * Everyone else gets one mail per task. The default is worked out anew for every new task, so a
 * leader whose desk empties gets single mails again. {@code aarshjul.notification.busy-leaders-digest=false}
 * switches the default off (one mail per task unless chosen otherwise).
 */
@Component
public class MailPreferences {

	/**
	 * In one statement for all of a new task's recipients: each one's own choice, and for leaders
	 * without one whether another open task is theirs to do. The new task is not yet written, so
	 * it is not counted.
	 */
	private static final String CHOICES = EngineTables.sql("""
			select mp.person_id, mp.choice, 0 from mail_preference mp where mp.person_id in (:ids)
			union all
			select p.id, null, (select count(*) from {tasks} t where t.ASSIGNEE_ = p.id
			        or (t.ASSIGNEE_ is null and exists (select 1 from {identityLinks} l
			            where l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' and (l.USER_ID_ = p.id
			                or l.GROUP_ID_ in (select m.GROUP_ID_ from {memberships} m where m.USER_ID_ = p.id)))))
			  from org_person p
			 where p.id in (:ids) and p.leadership_level is not null
			   and not exists (select 1 from mail_preference mp where mp.person_id = p.id)
			""");

	private final MailPreferenceRepository preferences;

	private final NamedParameterJdbcTemplate jdbc;

	private final NotificationProperties properties;

	private final Clock clock;

	MailPreferences(MailPreferenceRepository preferences, NamedParameterJdbcTemplate jdbc,
			NotificationProperties properties, Clock clock) {
		this.preferences = preferences;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** The person's own choice, if they made one. */
	@Transactional(readOnly = true)
	public Optional<MailChoice> chosenBy(String personId) {
		return preferences.findById(personId).map(MailPreference::getChoice);
	}

	@Transactional
	public void choose(String personId, MailChoice choice) {
		MailPreference preference = preferences.findById(personId).orElseGet(() -> new MailPreference(personId));
		preference.choose(choice, clock.instant());
		preferences.save(preference);
	}

	/** Whether a new task would go into the person's digest now (their choice, else the default). */
	@Transactional(readOnly = true)
	public boolean getsDigestNow(String personId) {
		return digestReaders(java.util.List.of(personId)).contains(personId);
	}

	/** Of these people, those whose mail about a new task goes into their daily digest now. */
	Set<String> digestReaders(Collection<String> personIds) {
		Set<String> digest = new HashSet<>();
		if (personIds.isEmpty()) {
			return digest;
		}
		jdbc.query(CHOICES, Map.of("ids", personIds), (RowCallbackHandler) row -> {
			String choice = row.getString(2);
			boolean wantsDigest = choice != null ? MailChoice.DAILY_DIGEST.name().equals(choice)
					: properties.busyLeadersDigest() && row.getLong(3) > 0;
			if (wantsDigest) {
				digest.add(row.getString(1));
			}
		});
		return digest;
	}

}
