package dk.aarshjul.feed;

import java.time.Clock;
import java.util.List;

import dk.aarshjul.cycle.StrategyCycle;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.organisation.Body;
import dk.aarshjul.organisation.BodyRepository;
import dk.aarshjul.plan.PlanAccess;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The iCalendar feeds (docs/calendars.md). Under {@code /kalender/{token}/…} a calendar client
 * subscribes with a person's secret link, no password: their own calendar, a body's, a plan's (if
 * the person may read the plan). A token that is unknown or revoked, a body or plan that does not
 * exist or may not be read: 404, the same answer for all. A cycle's calendar is also downloaded
 * once, signed in, from its page's address with {@code /kalender.ics}.
 */
@RestController
class FeedController {

	private final CalendarLinks links;

	private final CalendarFeeds feeds;

	private final BodyRepository bodies;

	private final StrategyCycleRepository cycles;

	private final PlanAccess access;

	private final IdentityService identity;

	private final Clock clock;

	FeedController(CalendarLinks links, CalendarFeeds feeds, BodyRepository bodies, StrategyCycleRepository cycles,
			PlanAccess access, IdentityService identity, Clock clock) {
		this.links = links;
		this.feeds = feeds;
		this.bodies = bodies;
		this.cycles = cycles;
		this.access = access;
		this.identity = identity;
		this.clock = clock;
	}

	@GetMapping("/kalender/{token}/mine.ics")
	ResponseEntity<String> person(@PathVariable String token) {
		String personId = personOf(token);
		return feed(feeds.message("feed.person.name"), feeds.ofPerson(personId), null);
	}

	@GetMapping("/kalender/{token}/organ/{bodyId}.ics")
	ResponseEntity<String> body(@PathVariable String token, @PathVariable String bodyId) {
		personOf(token);
		Body body = bodies.findById(bodyId).orElseThrow(FeedController::notFound);
		return feed(body.getName(), feeds.ofBody(body), null);
	}

	@GetMapping("/kalender/{token}/plan/{planCode}.ics")
	@Transactional(readOnly = true)
	ResponseEntity<String> plan(@PathVariable String token, @PathVariable String planCode) {
		Authentication reader = asPerson(personOf(token));
		List<StrategyCycle> readable = feeds.cyclesOfPlan(planCode, cycle -> access.mayRead(cycle.getPlan(), reader));
		if (readable.isEmpty()) {
			throw notFound();
		}
		return feed(readable.get(readable.size() - 1).getPlan().getTitle(), feeds.ofCycles(readable), null);
	}

	/** A cycle's calendar as a file, for whoever may read its plan. */
	@GetMapping("/aarshjul/{businessKey}/kalender.ics")
	@Transactional(readOnly = true)
	ResponseEntity<String> cycle(@PathVariable String businessKey, Authentication user) {
		StrategyCycle cycle = cycles.findByBusinessKey(businessKey)
			.filter(found -> access.mayRead(found.getPlan(), user))
			.orElseThrow(FeedController::notFound);
		return feed(feeds.message("feed.cycle.name", cycle.getPlan().getTitle(), String.valueOf(cycle.getCycleYear())),
				feeds.ofCycle(cycle), businessKey + ".ics");
	}

	private ResponseEntity<String> feed(String name, List<CalendarEvent> events, String fileName) {
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, ICalendar.MEDIA_TYPE)
			// the link is a secret: no shared cache may keep the answer
			.cacheControl(CacheControl.noStore());
		if (fileName != null) {
			response.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString());
		}
		return response.body(ICalendar.write(name, events, clock.instant()));
	}

	private String personOf(String token) {
		return links.personOf(token).orElseThrow(FeedController::notFound);
	}

	/** The person as the plan's access rule sees a signed-in user: their id and their groups. */
	private Authentication asPerson(String personId) {
		List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(personId).list().stream()
			.map(group -> new SimpleGrantedAuthority("GROUP_" + group.getId()))
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(personId, null, groups);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
