package dk.aarshjul.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dk.aarshjul.organisation.UnitRepository;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Hvor er planerne?": the overview page. */
@Controller
class OverviewController {

	private final PlanOverview overview;

	private final ViewerResolver viewers;

	private final UnitRepository units;

	private final YearWheel wheel;

	private final Clock clock;

	private final MessageSource messages;

	OverviewController(PlanOverview overview, ViewerResolver viewers, UnitRepository units, YearWheel wheel,
			Clock clock, MessageSource messages) {
		this.messages = messages;
		this.overview = overview;
		this.viewers = viewers;
		this.units = units;
		this.wheel = wheel;
		this.clock = clock;
	}

	@GetMapping("/oversigt")
	String overview(@RequestParam(required = false) Integer year, @RequestParam(required = false) String phase,
			@RequestParam(required = false) String unit, Authentication user, Model model) {
		Viewer viewer = viewers.of(user);
		List<OverviewRow> rows = overview.rows(viewer, new OverviewFilter(year, phase, unit));
		LocalDate today = LocalDate.now(clock);
		int wheelYear = year != null ? year : today.getYear();
		model.addAttribute("rows", rows);
		model.addAttribute("phases", overview.phases());
		model.addAttribute("units", units.findAll().stream().sorted((a, b) -> a.getName().compareTo(b.getName())).toList());
		model.addAttribute("filter", new OverviewFilter(year, phase, unit));
		model.addAttribute("processOwner", viewer.isProcessOwner());
		model.addAttribute("wheel", wheel.draw(wheelYear, today, List.of(),
				rows.stream().map(row -> new YearWheel.Position(row.nextDue() == null ? null
						: row.nextDue().atZone(clock.getZone()).toLocalDate(), row.planTitle() + " " + row.year() + ": " + row.phaseName()))
					.toList(),
				messages.getMessage("wheel.overviewTitle", new Object[] { String.valueOf(wheelYear) },
						LocaleContextHolder.getLocale())));
		return "overview";
	}

}
