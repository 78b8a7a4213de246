package dk.aarshjul.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The municipality's årshjul: every running cycle the viewer may see on one wheel, a ring per body or
 * group, for a calendar year or the coming twelve months, narrowed to a plan, a ring or a unit by a
 * plain form. The marks and the table below carry the same dates.
 */
@Controller
class WheelPage {

	/** The most cycles one wheel draws; more would be marks nobody can tell apart. */
	static final int MOST_CYCLES = 100;

	static final String CALENDAR_YEAR = "aar";

	static final String COMING_MONTHS = "tolv";

	private final PlanOverview overview;

	private final YearWheel wheel;

	private final Clock clock;

	private final MessageSource messages;

	WheelPage(PlanOverview overview, YearWheel wheel, Clock clock, MessageSource messages) {
		this.overview = overview;
		this.wheel = wheel;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/aarshjul")
	String wheel(@RequestParam(required = false) String visning, @RequestParam(required = false) Integer aar,
			@RequestParam(required = false) String plan, @RequestParam(required = false) String organ,
			@RequestParam(required = false) String enhed, Authentication user, HttpServletRequest request,
			Model model) {
		Viewer viewer = overview.viewerOf(user);
		LocalDate today = LocalDate.now(clock);
		PlanOverview.WheelCycles found = overview.wheel(viewer, new OverviewFilter(null, null, enhed), plan, MOST_CYCLES);
		Set<WheelRing> rings = WheelRing.byCode(organ == null ? "" : organ).map(Set::of).orElse(Set.of());
		WheelWindow window = window(visning, aar, today, found.cycles());
		String title = messages.getMessage("wheel.municipalTitle", new Object[] { period(window) },
				LocaleContextHolder.getLocale());
		YearWheel.Drawn drawn = wheel.draw(window, today, found.cycles(), rings, title, request.getContextPath());
		model.addAttribute("drawn", drawn);
		model.addAttribute("title", title);
		model.addAttribute("more", found.more());
		model.addAttribute("mostCycles", MOST_CYCLES);
		model.addAttribute("plans", found.plans());
		model.addAttribute("rings", ringNames());
		model.addAttribute("units", overview.units());
		model.addAttribute("view", window.calendarYear() ? CALENDAR_YEAR : COMING_MONTHS);
		model.addAttribute("year", window.calendarYear() ? window.start().getYear() : today.getYear());
		model.addAttribute("plan", plan);
		model.addAttribute("organ", rings.isEmpty() ? null : organ);
		model.addAttribute("enhed", enhed);
		return "wheel";
	}

	/** The window asked for; when none was, the one that holds more of the cycles' dates. */
	static WheelWindow window(String view, Integer year, LocalDate today, List<WheelCycle> cycles) {
		if (CALENDAR_YEAR.equals(view)) {
			return WheelWindow.calendarYear(year != null && year >= 2000 && year <= 2100 ? year : today.getYear());
		}
		if (COMING_MONTHS.equals(view)) {
			return WheelWindow.comingTwelveMonths(today);
		}
		List<LocalDate> dates = cycles.stream().flatMap(WheelPage::dates).toList();
		return WheelWindow.chosenFor(dates, cycles.stream().map(WheelCycle::year).toList(), today);
	}

	static Stream<LocalDate> dates(WheelCycle cycle) {
		Stream<LocalDate> fixed = Stream.of(cycle.draftingDeadline(),
				cycle.consultationDeadline(), cycle.financeCommitteeMeeting(), cycle.councilMeeting(),
				cycle.translationDeadline(), cycle.periodEnd());
		return Stream.concat(fixed, cycle.followUpDates().stream()).filter(date -> date != null);
	}

	private String period(WheelWindow window) {
		return window.calendarYear() ? String.valueOf(window.start().getYear())
				: YearWheel.DAY_AND_YEAR.format(window.start()) + " – " + YearWheel.DAY_AND_YEAR.format(window.last());
	}

	private Map<String, String> ringNames() {
		Map<String, String> names = new LinkedHashMap<>();
		Arrays.stream(WheelRing.values()).forEach(ring -> names.put(ring.code(),
				messages.getMessage("wheel.ring." + ring.code(), null, LocaleContextHolder.getLocale())));
		return names;
	}

}
