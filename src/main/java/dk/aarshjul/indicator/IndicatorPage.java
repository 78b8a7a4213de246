package dk.aarshjul.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import dk.aarshjul.plan.PlanAccess;
import dk.aarshjul.plan.StrategyPlan;
import dk.aarshjul.plan.StrategyPlanRepository;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan's indicators on one page: each with its trend against the target (a chart and the same
 * figures as a table), and for process owners the upload of values as CSV and the fetch from
 * Statistics Denmark. Who may not read the plan gets the same 404 as for a plan that does not exist.
 */
@Controller
class IndicatorPage {

	private final StrategyPlanRepository plans;

	private final PlanAccess access;

	private final PlanIndicators planIndicators;

	private final IndicatorCsv csv;

	private final IndicatorFetch fetch;

	IndicatorPage(StrategyPlanRepository plans, PlanAccess access, PlanIndicators planIndicators, IndicatorCsv csv,
			IndicatorFetch fetch) {
		this.plans = plans;
		this.access = access;
		this.planIndicators = planIndicators;
		this.csv = csv;
		this.fetch = fetch;
	}

	@GetMapping("/planer/{planId}/indikatorer")
	String show(@PathVariable Long planId, Authentication user, Model model) {
		StrategyPlan plan = readable(planId, user);
		model.addAttribute("plan", plan);
		model.addAttribute("indicators", planIndicators.of(planId, null, null, null));
		model.addAttribute("mayBringIn", access.mayImport(user));
		return "indicators";
	}

	@PostMapping("/planer/{planId}/indikatorer/csv")
	String upload(@PathVariable Long planId, @RequestParam("file") MultipartFile file, Authentication user,
			RedirectAttributes redirect) throws IOException {
		mayBringIn(planId, user);
		try (InputStream in = file.getInputStream()) {
			List<IndicatorValue> saved = csv.importValues(planId, in, user.getName());
			redirect.addFlashAttribute("saved", saved.size());
		}
		catch (ValueRefusedException refused) {
			redirect.addFlashAttribute("problems", refused.problems());
		}
		return "redirect:/planer/" + planId + "/indikatorer";
	}

	@PostMapping("/planer/{planId}/indikatorer/{indicatorId}/statbank")
	String fetchFromStatbank(@PathVariable Long planId, @PathVariable Long indicatorId, Authentication user,
			RedirectAttributes redirect) {
		mayBringIn(planId, user);
		try {
			redirect.addFlashAttribute("saved", fetch.fetch(planId, indicatorId, user.getName()).size());
		}
		catch (ValueRefusedException refused) {
			redirect.addFlashAttribute("problems", refused.problems());
		}
		return "redirect:/planer/" + planId + "/indikatorer";
	}

	private StrategyPlan readable(Long planId, Authentication user) {
		return plans.findById(planId)
			.filter(plan -> access.mayRead(plan, user))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private void mayBringIn(Long planId, Authentication user) {
		readable(planId, user);
		if (!access.mayImport(user)) {
			// the page offers no upload to them: as for any page they may not use
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
