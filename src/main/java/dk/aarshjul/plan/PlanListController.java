package dk.aarshjul.plan;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: the municipality's plans and their status, those the user may read ({@link PlanAccess}). */
@Controller
class PlanListController {

	private final StrategyPlanRepository plans;

	private final PlanAccess access;

	PlanListController(StrategyPlanRepository plans, PlanAccess access) {
		this.plans = plans;
		this.access = access;
	}

	@GetMapping("/")
	String plans(Model model, Authentication user) {
		model.addAttribute("plans", plans.findAllByOrderByYearDescTitleAsc().stream()
			.filter(plan -> access.mayRead(plan, user))
			.toList());
		model.addAttribute("mayCreate", access.mayImport(user));
		return "plans";
	}

}
