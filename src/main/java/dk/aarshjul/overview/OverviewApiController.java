package dk.aarshjul.overview;

import java.util.ArrayList;
import java.util.List;

import dk.aarshjul.organisation.ExecutiveBoard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The overview and a plan's page as JSON: the same content, the same access rules. The overview
 * stays a JSON array of rows, as it always was, now one page of it; the paging is told in headers
 * (a count of the whole, the page, and RFC 8288 links to the pages before and after), so a client
 * that read the array reads it still.
 */
@RestController
class OverviewApiController {

	static final int MOST_PER_PAGE = 500;

	private final PlanOverview overview;

	private final ViewerResolver viewers;

	private final VisibleCycles cycles;

	private final ExecutiveBoard board;

	OverviewApiController(PlanOverview overview, ViewerResolver viewers, VisibleCycles cycles, ExecutiveBoard board) {
		this.overview = overview;
		this.viewers = viewers;
		this.cycles = cycles;
		this.board = board;
	}

	@Operation(summary = "Hvor er planerne? De kørende årshjul, mest forsinkede først, en side ad gangen",
			description = "Hele listen: /api/overview/export (JSON) og /api/overview/export.csv",
			responses = @ApiResponse(responseCode = "200", headers = {
					@Header(name = "X-Total-Count", description = "Antal kørende årshjul i alt med de valgte filtre"),
					@Header(name = "X-Overdue-Count", description = "Heraf forsinkede"),
					@Header(name = "X-Page", description = "Sidens nummer, fra 1"),
					@Header(name = "X-Page-Size", description = "Rækker pr. side"),
					@Header(name = "X-Total-Pages", description = "Antal sider"),
					@Header(name = "Link", description = "Links til første, forrige, næste og sidste side") }))
	@GetMapping("/api/overview")
	ResponseEntity<List<OverviewRow>> overview(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String phase, @RequestParam(required = false) String unit,
			@Parameter(description = "true: kun årshjul med mål ude af kurs (en indikators seneste værdi, som Økonomiudvalget har taget til efterretning, er rød eller gul)")
			@RequestParam(defaultValue = "false") boolean offTrack,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + OverviewController.PAGE_SIZE) int size, Authentication user) {
		int perPage = Math.min(Math.max(1, size), MOST_PER_PAGE);
		OverviewPage shown = overview.page(viewers.of(user), new OverviewFilter(year, phase, unit, offTrack), page, perPage);
		List<String> links = new ArrayList<>();
		links.add(link(1, "first"));
		if (shown.hasPrevious()) {
			links.add(link(shown.page() - 1, "prev"));
		}
		if (shown.hasNext()) {
			links.add(link(shown.page() + 1, "next"));
		}
		links.add(link(shown.pages(), "last"));
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(shown.total()))
			.header("X-Overdue-Count", String.valueOf(shown.overdue()))
			.header("X-Page", String.valueOf(shown.page()))
			.header("X-Page-Size", String.valueOf(shown.size()))
			.header("X-Total-Pages", String.valueOf(shown.pages()))
			.header(HttpHeaders.LINK, String.join(", ", links))
			.body(shown.rows());
	}

	@Operation(summary = "Et årshjul: kalender, planens indhold, tidslinje, oversættelsesmatrix og opfølgning")
	@GetMapping("/api/cycles/{businessKey}")
	CycleJson cycle(@PathVariable String businessKey, Authentication user) {
		return CycleJson.of(cycles.of(businessKey, user), board::nameOf);
	}

	/** This request with another page; its other parameters (filters, size) kept. */
	private static String link(int page, String rel) {
		return "<" + ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).toUriString()
				+ ">; rel=\"" + rel + "\"";
	}

}
