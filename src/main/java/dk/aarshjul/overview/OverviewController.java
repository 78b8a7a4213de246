package dk.aarshjul.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Hvor er planerne?": the overview page, a page of running cycles at a time. */
@Controller
class OverviewController {

	static final int PAGE_SIZE = 50;

	static final int MOST_PER_PAGE = 200;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final PlanOverview overview;

	private final ViewerResolver viewers;

	private final YearWheel wheel;

	private final Clock clock;

	private final MessageSource messages;

	OverviewController(PlanOverview overview, ViewerResolver viewers, YearWheel wheel, Clock clock,
			MessageSource messages) {
		this.overview = overview;
		this.viewers = viewers;
		this.wheel = wheel;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/oversigt")
	String overview(@RequestParam(required = false) Integer year, @RequestParam(required = false) String phase,
			@RequestParam(required = false) String unit, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + PAGE_SIZE) int size, Authentication user, HttpServletRequest request, Model model) {
		Viewer viewer = viewers.of(user);
		OverviewFilter filter = new OverviewFilter(year, phase, unit);
		OverviewPage shown = overview.page(viewer, filter, page, Math.min(Math.max(1, size), MOST_PER_PAGE));
		int wheelYear = year != null ? year : LocalDate.now(clock).getYear();
		Locale locale = LocaleContextHolder.getLocale();
		List<YearWheel.Position> headings = shown.headings().entrySet().stream()
			.map(heading -> new YearWheel.Position(heading.getKey(), messages.getMessage("wheel.overviewHeading",
					new Object[] { heading.getValue(), DATE.format(heading.getKey()) }, locale)))
			.toList();
		model.addAttribute("overview", shown);
		model.addAttribute("rows", shown.rows());
		model.addAttribute("links", new OverviewLinks(request.getContextPath(), shown.size()));
		model.addAttribute("phases", overview.phases());
		model.addAttribute("units", overview.units());
		model.addAttribute("filter", filter);
		model.addAttribute("processOwner", viewer.mayStartCycles());
		model.addAttribute("wheel", wheel.draw(wheelYear, LocalDate.now(clock), List.of(), headings,
				messages.getMessage("wheel.overviewTitle", new Object[] { String.valueOf(wheelYear) }, locale)));
		return "overview";
	}

}
