package dk.aarshjul.feed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import dk.aarshjul.cycle.CalendarField;
import dk.aarshjul.cycle.StrategyCycle;
import dk.aarshjul.notification.NotificationProperties;
import dk.aarshjul.organisation.Body;
import dk.aarshjul.organisation.BodyKind;
import dk.aarshjul.organisation.BodyRepository;
import jakarta.persistence.EntityManager;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each calendar feed lists, from the cycles' calendars (cycle.CycleCalendar's dates as the
 * process owner set and moved them) and the open tasks:
 * <ul>
 * <li>a cycle: every date of its calendar;</li>
 * <li>a body: the dates it acts on — Hovedudvalget the hearing's deadline, Økonomiudvalget and
 * Byrådet their meetings, a local MED committee its unit's translation deadline;</li>
 * <li>a person: the deadline of every open task they may do (assigned to them or offered to
 * them or their groups), and the dates of the bodies they sit on.</li>
 * </ul>
 * Cycles whose period ended more than a year ago are left out. A cycle's date has the uid
 * {@code <field>-<cycle id>@aarshjul}, a task's {@code task-<task id>@aarshjul}: moving a date
 * keeps its uid.
 */
@Component
@Transactional(readOnly = true)
class CalendarFeeds {

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private static final Map<BodyKind, CalendarField> BODY_DATES = Map.of(BodyKind.MAIN_MED_COMMITTEE,
			CalendarField.CONSULTATION_DEADLINE, BodyKind.FINANCE_COMMITTEE, CalendarField.FINANCE_COMMITTEE_MEETING,
			BodyKind.COUNCIL, CalendarField.COUNCIL_MEETING, BodyKind.LOCAL_MED_COMMITTEE,
			CalendarField.TRANSLATION_DEADLINE);

	private final EntityManager entities;

	private final BodyRepository bodies;

	private final TaskService tasks;

	private final MessageSource messages;

	private final NotificationProperties links;

	private final Clock clock;

	CalendarFeeds(EntityManager entities, BodyRepository bodies, TaskService tasks, MessageSource messages,
			NotificationProperties links, Clock clock) {
		this.entities = entities;
		this.bodies = bodies;
		this.tasks = tasks;
		this.messages = messages;
		this.links = links;
		this.clock = clock;
	}

	List<CalendarEvent> ofCycle(StrategyCycle cycle) {
		List<CalendarEvent> events = new ArrayList<>();
		for (CalendarField field : CalendarField.values()) {
			event(cycle, field).ifPresent(events::add);
		}
		return sorted(events);
	}

	List<CalendarEvent> ofCycles(List<StrategyCycle> cycles) {
		List<CalendarEvent> events = new ArrayList<>();
		cycles.forEach(cycle -> events.addAll(ofCycle(cycle)));
		return sorted(events);
	}

	List<CalendarEvent> ofBody(Body body) {
		List<CalendarEvent> events = new ArrayList<>();
		CalendarField field = BODY_DATES.get(body.getKind());
		for (StrategyCycle cycle : recentCycles()) {
			boolean concerned = body.getKind() != BodyKind.LOCAL_MED_COMMITTEE
					|| cycle.getTranslatingUnitIds().contains(body.getUnitId());
			if (concerned) {
				event(cycle, field).ifPresent(events::add);
			}
		}
		return sorted(events);
	}

	List<CalendarEvent> ofPerson(String personId) {
		List<CalendarEvent> events = new ArrayList<>();
		List<Task> open = tasks.createTaskQuery()
			.or()
			.taskAssignee(personId)
			.taskCandidateUser(personId)
			.endOr()
			.active()
			.list();
		for (Task task : open) {
			if (task.getDueDate() != null) {
				events.add(new CalendarEvent("task-" + task.getId() + "@aarshjul",
						ICalendar.dayOf(task.getDueDate().toInstant()), message("feed.task.summary", task.getName()),
						message("feed.task.description"), links.taskLink(task.getId())));
			}
		}
		bodiesOf(personId).forEach(body -> events.addAll(ofBody(body)));
		return sorted(events);
	}

	List<Body> bodiesOf(String personId) {
		return bodies.findAll().stream()
			.filter(body -> body.getMemberIds().contains(personId))
			.sorted(Comparator.comparingInt(Body::getPosition))
			.toList();
	}

	List<StrategyCycle> cyclesOfPlan(String planCode, Predicate<StrategyCycle> readable) {
		return entities.createQuery("select c from StrategyCycle c join fetch c.plan p where p.code = :code order by c.id",
				StrategyCycle.class)
			.setParameter("code", planCode)
			.getResultList()
			.stream()
			.filter(readable)
			.toList();
	}

	/** The cycles whose period has not been over for more than a year. */
	List<StrategyCycle> recentCycles() {
		return entities.createQuery("select c from StrategyCycle c join fetch c.plan where c.periodEnd >= :since order by c.id",
				StrategyCycle.class)
			.setParameter("since", LocalDate.now(clock).minusYears(1))
			.getResultList();
	}

	private java.util.Optional<CalendarEvent> event(StrategyCycle cycle, CalendarField field) {
		LocalDate day = field.of(cycle);
		if (day == null) {
			return java.util.Optional.empty();
		}
		String plan = message("feed.cycle.name", cycle.getPlan().getTitle(), String.valueOf(cycle.getCycleYear()));
		return java.util.Optional.of(new CalendarEvent(field.key() + "-" + cycle.getId() + "@aarshjul", day,
				message("feed.event." + field.key(), plan), message("feed.cycle.description", plan),
				cyclePage(cycle)));
	}

	private String cyclePage(StrategyCycle cycle) {
		String base = links.baseUrl().endsWith("/") ? links.baseUrl().substring(0, links.baseUrl().length() - 1)
				: links.baseUrl();
		return base + "/aarshjul/" + cycle.getBusinessKey();
	}

	private static List<CalendarEvent> sorted(List<CalendarEvent> events) {
		return events.stream().sorted(Comparator.comparing(CalendarEvent::day).thenComparing(CalendarEvent::uid)).toList();
	}

	String message(String key, Object... args) {
		return messages.getMessage(key, args, DANISH);
	}

}
