package dk.aarshjul.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.aarshjul.cycle.CalendarFieldNames;
import dk.aarshjul.cycle.CalendarProposal;
import dk.aarshjul.cycle.CycleRefusedException;
import dk.aarshjul.plan.StrategyPlan;
import dk.aarshjul.plan.StrategyPlanRepository;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The process owner starts a cycle: picks a plan (or has last year's copied as this year's draft),
 * gets a calendar proposed from last year's dates, and starts. Refusals (a cycle already runs,
 * dates out of order) are shown on the form; nothing is started or copied.
 */
@Controller
class CycleStartPage {

	private final CalendarProposal proposals;

	private final CycleLaunch launch;

	private final StrategyPlanRepository plans;

	private final ViewerResolver viewers;

	private final Clock clock;

	CycleStartPage(CalendarProposal proposals, CycleLaunch launch, StrategyPlanRepository plans,
			ViewerResolver viewers, Clock clock) {
		this.proposals = proposals;
		this.launch = launch;
		this.plans = plans;
		this.viewers = viewers;
		this.clock = clock;
	}

	@GetMapping("/aarshjul/ny")
	String form(@RequestParam(required = false) String planCode, @RequestParam(required = false) Integer year,
			Authentication user, Model model) {
		requireProcessOwner(user);
		int cycleYear = year != null && year >= 2000 && year <= 2100 ? year : LocalDate.now(clock).getYear() + 1;
		String code = planCode != null ? planCode : planCodes().stream().findFirst().orElse(null);
		CalendarProposal.Proposal proposal = proposals.proposeFor(code, cycleYear);
		model.addAttribute("basedOn", proposal.basedOn());
		return page(model, CycleStartForm.proposed(code, cycleYear, proposal));
	}

	@PostMapping("/aarshjul/ny")
	String start(@ModelAttribute("cycle") CycleStartForm form, BindingResult binding, Authentication user,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		requireProcessOwner(user);
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(model, form);
		}
		try {
			String businessKey = launch.start(user.getName(), viewers.of(user).groupIds(), form);
			redirect.addFlashAttribute("started", businessKey);
			return "redirect:/oversigt";
		}
		catch (CycleRefusedException refused) {
			// the engine's checks speak Danish already: their message is the error, no code to resolve
			refused.problems().forEach(problem -> binding.addError(new FieldError("cycle", field(problem.field()),
					binding.getRawFieldValue(field(problem.field())), false, null, null, problem.message())));
			model.addAttribute("refusal", refused.summary());
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(model, form);
		}
	}

	private String page(Model model, CycleStartForm form) {
		model.addAttribute("cycle", form);
		model.addAttribute("planChoices", planChoices());
		return "cycle-start";
	}

	/** The start request's follow-up dates are two fields on the page. */
	private static String field(String requestField) {
		return CalendarFieldNames.FOLLOW_UP_DATES.equals(requestField) ? CalendarFieldNames.FIRST_FOLLOW_UP : requestField;
	}

	private List<String> planCodes() {
		return plans.findAllByOrderByYearDescTitleAsc().stream().map(StrategyPlan::getCode).distinct().toList();
	}

	/** The picker's options, "Navn (KODE)": each code once, named by its newest plan's title. */
	private Map<String, String> planChoices() {
		Map<String, String> choices = new LinkedHashMap<>();
		plans.findAllByOrderByYearDescTitleAsc()
			.stream()
			.sorted(Comparator.comparingInt(StrategyPlan::getYear).reversed())
			.forEach(plan -> choices.putIfAbsent(plan.getCode(), plan.getTitle() + " (" + plan.getCode() + ")"));
		return choices;
	}

	private void requireProcessOwner(Authentication user) {
		if (!viewers.of(user).mayStartCycles()) {
			throw new AccessDeniedException("Only process owners start cycles");
		}
	}

}
