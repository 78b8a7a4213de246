package dk.aarshjul.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
			@RequestParam(required = false) String unit, @RequestParam(defaultValue = "false") boolean offTrack,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + PAGE_SIZE) int size, Authentication user, HttpServletRequest request, Model model) {
		Viewer viewer = viewers.of(user);
		OverviewFilter filter = new OverviewFilter(year, phase, unit, offTrack);
		OverviewPage shown = overview.page(viewer, filter, page, Math.min(Math.max(1, size), MOST_PER_PAGE));
		model.addAttribute("overview", shown);
		model.addAttribute("rows", shown.rows());
		model.addAttribute("links", new OverviewLinks(request.getContextPath(), shown.size()));
		model.addAttribute("phases", overview.phases());
		model.addAttribute("units", overview.units());
		model.addAttribute("filter", filter);
		model.addAttribute("processOwner", viewer.mayStartCycles());
		model.addAttribute("wheel", wheelOf(shown.rows(), year, request.getContextPath()));
		return "overview";
	}

	/**
	 * The page's cycles on the wheel: the year filtered on, or else the twelve months that hold more of
	 * their dates (the cycles' year or the coming months), each date a labelled mark.
	 */
	private YearWheel.Drawn wheelOf(List<OverviewRow> rows, Integer year, String context) {
		LocalDate today = LocalDate.now(clock);
		List<WheelCycle> cycles = rows.stream().map(OverviewController::wheelCycle).toList();
		WheelWindow window = year != null && year >= 2000 && year <= 2100 ? WheelWindow.calendarYear(year)
				: WheelPage.window(null, null, today, cycles);
		String period = window.calendarYear() ? String.valueOf(window.start().getYear())
				: YearWheel.DAY_AND_YEAR.format(window.start()) + " – " + YearWheel.DAY_AND_YEAR.format(window.last());
		return wheel.draw(window, today, cycles, Set.of(),
				messages.getMessage("wheel.overviewTitle", new Object[] { period }, LocaleContextHolder.getLocale()),
				context);
	}

	private static WheelCycle wheelCycle(OverviewRow row) {
		OverviewRow.Calendar calendar = row.calendar();
		return new WheelCycle(row.businessKey(), row.planCode(), row.planTitle(), row.year(), row.phaseName(),
				calendar.draftingDeadline(), calendar.consultationDeadline(), calendar.financeCommitteeMeeting(),
				calendar.councilMeeting(), calendar.translationDeadline(), calendar.followUpDates(),
				calendar.periodEnd());
	}

}
