package dk.aarshjul.overview;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The overview as JSON: the same rows, the same access rules. */
@RestController
class OverviewApiController {

	private final PlanOverview overview;

	private final ViewerResolver viewers;

	OverviewApiController(PlanOverview overview, ViewerResolver viewers) {
		this.overview = overview;
		this.viewers = viewers;
	}

	@Operation(summary = "Hvor er planerne? Alle kørende årshjul, mest forsinkede først")
	@GetMapping("/api/overview")
	List<OverviewRow> overview(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String phase, @RequestParam(required = false) String unit,
			Authentication user) {
		return overview.rows(viewers.of(user), new OverviewFilter(year, phase, unit));
	}

}
