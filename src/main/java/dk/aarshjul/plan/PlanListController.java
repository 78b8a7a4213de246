package dk.aarshjul.plan;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: the municipality's plans and their status. */
@Controller
class PlanListController {

	private final StrategyPlanRepository plans;

	PlanListController(StrategyPlanRepository plans) {
		this.plans = plans;
	}

	@GetMapping("/")
	String plans(Model model) {
		model.addAttribute("plans", plans.findAllByOrderByYearDescTitleAsc());
		return "plans";
	}

}
