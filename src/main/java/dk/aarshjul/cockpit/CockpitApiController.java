package dk.aarshjul.cockpit;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What Årshjul's Cockpit plugin shows, as JSON. The plugin runs in Cockpit's page and calls these
 * with the browser's cookies (same origin), so they answer whoever is signed in to Årshjul — and
 * only process owners and administrators, as Cockpit shows every instance only to them.
 */
@RestController
@RequestMapping("/api/cockpit")
class CockpitApiController {

	private static final int MAX_PAGE_SIZE = 100;

	private final CockpitReaders readers;

	private final WaitingCycles waiting;

	private final FlowNodeHeat heat;

	private final EndedCycles ended;

	private final InstanceTimeline timelines;

	CockpitApiController(CockpitReaders readers, WaitingCycles waiting, FlowNodeHeat heat, EndedCycles ended,
			InstanceTimeline timelines) {
		this.readers = readers;
		this.waiting = waiting;
		this.heat = heat;
		this.ended = ended;
		this.timelines = timelines;
	}

	@Operation(summary = "Hvor er planerne? En procesdefinitions kørende instanser, mest forsinkede først")
	@GetMapping("/process-definitions/{id}/waiting")
	WaitingCycles.Page waiting(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Authentication user) {
		readers.check(user);
		return waiting.of(id, Math.max(0, page), pageSize(size));
	}

	@Operation(summary = "Diagrammets varmekort: pr. trin hvor mange venter, hvor længe og hvor mange er forsinkede")
	@GetMapping("/process-definitions/{id}/heat")
	List<FlowNodeHeat.Heat> heat(@PathVariable String id, Authentication user) {
		readers.check(user);
		return heat.of(id);
	}

	@Operation(summary = "Afsluttede instanser: samlet varighed og det langsomste trin")
	@GetMapping("/process-definitions/{id}/ended")
	EndedCycles.Page ended(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Authentication user) {
		readers.check(user);
		return ended.of(id, Math.max(0, page), pageSize(size));
	}

	@Operation(summary = "En procesinstans i årshjulet: tidslinje, åbne opgaver, eskaleringer og enhedernes status")
	@GetMapping("/process-instances/{id}/timeline")
	InstanceTimeline.Timeline timeline(@PathVariable String id, Authentication user) {
		readers.check(user);
		return timelines.of(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static int pageSize(int size) {
		return Math.min(MAX_PAGE_SIZE, Math.max(1, size));
	}

}
