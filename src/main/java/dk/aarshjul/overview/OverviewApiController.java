package dk.aarshjul.overview;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The overview and a plan's page as JSON: the same content, the same access rules. */
@RestController
class OverviewApiController {

	private final PlanOverview overview;

	private final ViewerResolver viewers;

	private final VisibleCycles cycles;

	OverviewApiController(PlanOverview overview, ViewerResolver viewers, VisibleCycles cycles) {
		this.overview = overview;
		this.viewers = viewers;
		this.cycles = cycles;
	}

	@Operation(summary = "Hvor er planerne? Alle kørende årshjul, mest forsinkede først")
	@GetMapping("/api/overview")
	List<OverviewRow> overview(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String phase, @RequestParam(required = false) String unit,
			Authentication user) {
		return overview.rows(viewers.of(user), new OverviewFilter(year, phase, unit));
	}

	@Operation(summary = "Et årshjul: kalender, planens indhold, tidslinje, oversættelsesmatrix og opfølgning")
	@GetMapping("/api/cycles/{businessKey}")
	CycleJson cycle(@PathVariable String businessKey, Authentication user) {
		return CycleJson.of(cycles.of(businessKey, user));
	}

}
