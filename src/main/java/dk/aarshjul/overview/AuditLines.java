package dk.aarshjul.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditEntry;
import dk.aarshjul.organisation.Body;
import dk.aarshjul.organisation.BodyRepository;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.organisation.UserNames;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The audit trail as people read it. The trail itself stays as it was written — user ids, action
 * names and the codes of bodies and units, append-only — and is translated here, when it is shown:
 * people by name, actions and outcomes in Danish words, bodies and units by their Danish names. So
 * an entry written before this translation existed reads as well as a new one, and a unit renamed in
 * the organisation file is shown by its present name.
 */
@Service
public class AuditLines {

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final String ARROW = " → ";

	/**
	 * One entry as written ({@code actor}, {@code action}, {@code subject}, {@code reason}) and as read
	 * ({@code who}, {@code what}, {@code about}): clients keep the codes, people get the words.
	 */
	public record Line(Long id, Long planId, Long cycleId, String businessKey, Instant recordedAt, String actor,
			String who, AuditAction action, String what, String subject, String about, String reason) {
	}

	private final UnitRepository units;

	private final BodyRepository bodies;

	private final IdentityService identity;

	private final MessageSource messages;

	AuditLines(UnitRepository units, BodyRepository bodies, IdentityService identity, MessageSource messages) {
		this.units = units;
		this.bodies = bodies;
		this.identity = identity;
		this.messages = messages;
	}

	/** The entries as lines, with the names they need read in a fixed number of queries. */
	public List<Line> of(List<AuditEntry> entries) {
		if (entries.isEmpty()) {
			return List.of();
		}
		Names names = names(entries);
		return entries.stream().map(entry -> line(entry, names)).toList();
	}

	private Line line(AuditEntry entry, Names names) {
		return new Line(entry.getId(), entry.getPlanId(), entry.getCycleId(), entry.getBusinessKey(),
				entry.getRecordedAt(), entry.getActor(), names.person(entry.getActor()),
				entry.getAction(), message("audit.action." + entry.getAction()), entry.getSubject(),
				about(entry, names), entry.getReason());
	}

	/** What the entry is about, in words: the subject each action writes, with its codes named. */
	private String about(AuditEntry entry, Names names) {
		String subject = entry.getSubject();
		if (subject == null || entry.getAction() == null) {
			return subject;
		}
		return switch (entry.getAction()) {
			case STATEMENT_GIVEN, NO_STATEMENT -> names.body(subject);
			case UNIT_PLAN_SUBMITTED, UNIT_PLAN_APPROVED, UNIT_PLAN_SENT_BACK, LOCAL_MED_DISCUSSED -> names.unit(subject);
			case STATUS_NOTED, STATUS_REVIEWED -> message("audit.about.status", date(subject));
			case STATUS_REPORTED -> statusReported(subject, names);
			case DECISION -> decision(subject, names);
			case DEADLINE_MOVED -> deadlineMoved(subject);
			case ESCALATED, ESCALATED_FOR_FOUR_EYES -> escalated(subject, names);
			default -> subject;
		};
	}

	/** "unitId periodEnd", as SaveStatusReport writes it. */
	private String statusReported(String subject, Names names) {
		int space = subject.lastIndexOf(' ');
		if (space < 0) {
			return names.unit(subject);
		}
		return message("audit.about.unitStatus", names.unit(subject.substring(0, space)),
				date(subject.substring(space + 1)));
	}

	/** "bodyId: OUTCOME", as RecordCommitteeDecision writes it. */
	private String decision(String subject, Names names) {
		int colon = subject.indexOf(": ");
		if (colon < 0) {
			return names.body(subject);
		}
		String outcome = subject.substring(colon + 2);
		return message("audit.about.decision", names.body(subject.substring(0, colon)),
				messages.getMessage("decision.outcome." + outcome, null, outcome, DANISH));
	}

	/** "field: old → new", as CycleRescheduling writes it. */
	private String deadlineMoved(String subject) {
		int colon = subject.indexOf(": ");
		int arrow = subject.indexOf(ARROW);
		if (colon < 0 || arrow < colon) {
			return subject;
		}
		String field = subject.substring(0, colon);
		return message("audit.about.moved",
				messages.getMessage("calendar.field." + field, null, field, DANISH),
				date(subject.substring(colon + 2, arrow)), date(subject.substring(arrow + ARROW.length())));
	}

	/** "task name → group (level)" or "task name → group", as TaskEscalation writes it. */
	private String escalated(String subject, Names names) {
		int arrow = subject.lastIndexOf(ARROW);
		if (arrow < 0) {
			return subject;
		}
		String target = subject.substring(arrow + ARROW.length());
		String level = "";
		int bracket = target.lastIndexOf(" (");
		if (bracket > 0 && target.endsWith(")")) {
			level = target.substring(bracket);
			target = target.substring(0, bracket);
		}
		return subject.substring(0, arrow) + ARROW + names.group(target) + level;
	}

	/** An ISO date as a Danish one; anything else as it is. */
	private static String date(String iso) {
		try {
			return DATE.format(LocalDate.parse(iso.strip()));
		}
		catch (DateTimeParseException ex) {
			return iso;
		}
	}

	private Names names(List<AuditEntry> entries) {
		String[] actors = entries.stream().map(AuditEntry::getActor).filter(Objects::nonNull).distinct()
			.toArray(String[]::new);
		Map<String, String> people = actors.length == 0 ? Map.of()
				: identity.createUserQuery().userIdIn(actors).list().stream()
					.collect(Collectors.toMap(User::getId, UserNames::of, (a, b) -> a));
		Map<String, String> groups = new HashMap<>();
		String[] escalatedTo = entries.stream()
			.filter(entry -> entry.getAction() == AuditAction.ESCALATED
					|| entry.getAction() == AuditAction.ESCALATED_FOR_FOUR_EYES)
			.map(entry -> entry.getSubject() == null ? null : groupOf(entry.getSubject()))
			.filter(Objects::nonNull)
			.distinct()
			.toArray(String[]::new);
		if (escalatedTo.length > 0) {
			identity.createGroupQuery().groupIdIn(escalatedTo).list().stream()
				.filter(group -> group.getName() != null)
				.forEach(group -> groups.put(group.getId(), group.getName()));
		}
		return new Names(people, units.findAll().stream().collect(Collectors.toMap(Unit::getId, Unit::getName)),
				bodies.findAll().stream().collect(Collectors.toMap(Body::getId, Body::getName)), groups,
				message("timeline.engine"));
	}

	private static String groupOf(String subject) {
		int arrow = subject.lastIndexOf(ARROW);
		if (arrow < 0) {
			return null;
		}
		String target = subject.substring(arrow + ARROW.length());
		int bracket = target.lastIndexOf(" (");
		return bracket > 0 ? target.substring(0, bracket) : target;
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, DANISH);
	}

	/** The names a trail needs, each falling back to the code when the organisation no longer has it. */
	private record Names(Map<String, String> people, Map<String, String> units, Map<String, String> bodies,
			Map<String, String> groups, String engine) {

		String person(String userId) {
			return userId == null ? engine : people.getOrDefault(userId, userId);
		}

		String unit(String unitId) {
			return units.getOrDefault(unitId, unitId);
		}

		String body(String bodyId) {
			return bodies.getOrDefault(bodyId, bodyId);
		}

		String group(String groupId) {
			return groups.getOrDefault(groupId, groupId);
		}

	}

}
