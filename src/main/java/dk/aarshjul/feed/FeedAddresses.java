package dk.aarshjul.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.aarshjul.cycle.StrategyCycle;
import dk.aarshjul.notification.NotificationProperties;
import dk.aarshjul.organisation.Body;
import dk.aarshjul.plan.PlanAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/** The addresses a new calendar link opens, as the settings page shows them once. */
@Component
public class FeedAddresses {

	/** Serializable: a fresh link travels to the next page as a flash attribute, in the session kept in the database. */
	public record Address(String label, String url) implements java.io.Serializable {
	}

	private final CalendarFeeds feeds;

	private final PlanAccess access;

	private final NotificationProperties properties;

	FeedAddresses(CalendarFeeds feeds, PlanAccess access, NotificationProperties properties) {
		this.feeds = feeds;
		this.access = access;
		this.properties = properties;
	}

	/** The person's own feed, their bodies' and the plans of recent cycles they may read. */
	@Transactional(readOnly = true)
	public List<Address> of(String token, Authentication person) {
		String base = properties.baseUrl().endsWith("/")
				? properties.baseUrl().substring(0, properties.baseUrl().length() - 1) : properties.baseUrl();
		String root = base + "/kalender/" + token;
		List<Address> addresses = new ArrayList<>();
		addresses.add(new Address(feeds.message("page.settings.calendar.own"), root + "/mine.ics"));
		for (Body body : feeds.bodiesOf(person.getName())) {
			addresses.add(new Address(feeds.message("page.settings.calendar.body", body.getName()),
					root + "/organ/" + segment(body.getId()) + ".ics"));
		}
		Map<String, String> plans = new LinkedHashMap<>();
		for (StrategyCycle cycle : feeds.recentCycles()) {
			if (access.mayRead(cycle.getPlan(), person)) {
				plans.put(cycle.getPlan().getCode(), cycle.getPlan().getTitle());
			}
		}
		plans.forEach((code, title) -> addresses.add(new Address(feeds.message("page.settings.calendar.plan", title),
				root + "/plan/" + segment(code) + ".ics")));
		return addresses;
	}

	private static String segment(String value) {
		return UriUtils.encodePathSegment(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
