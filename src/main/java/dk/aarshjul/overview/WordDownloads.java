package dk.aarshjul.overview;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.translation.UnitPlan;
import dk.aarshjul.translation.UnitPlanRepository;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The plan and its units' plans as Word documents, for whoever may see the plan (as its agenda PDF). */
@Controller
class WordDownloads {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	/** A unit's plan offered for download on the plan's page. */
	record UnitPlanDownload(String unitId, String unitName) {
	}

	private final VisibleCycles cycles;

	private final WordDocuments documents;

	private final UnitPlanRepository unitPlans;

	private final UnitRepository units;

	WordDownloads(VisibleCycles cycles, WordDocuments documents, UnitPlanRepository unitPlans, UnitRepository units) {
		this.cycles = cycles;
		this.documents = documents;
		this.unitPlans = unitPlans;
		this.units = units;
	}

	@GetMapping("/aarshjul/{businessKey}/plan.docx")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> plan(@PathVariable String businessKey, Authentication user) {
		CycleRecord.View view = cycles.of(businessKey, user);
		return docx(businessKey + "-strategiplan.docx", documents.plan(view));
	}

	@GetMapping("/aarshjul/{businessKey}/handleplan/{unitId}.docx")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> unitPlan(@PathVariable String businessKey, @PathVariable String unitId,
			Authentication user) {
		CycleRecord.View view = cycles.of(businessKey, user);
		UnitPlan unitPlan = unitPlans
			.findByPlanIdAndUnitIdAndCycleYear(view.plan().getId(), unitId, view.cycle().getCycleYear())
			.filter(WordDownloads::written)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String unitName = units.findById(unitId).map(Unit::getName).orElse(unitId);
		return docx(businessKey + "-handleplan-" + unitId + ".docx", documents.unitPlan(view, unitPlan, unitName));
	}

	/**
	 * The units of the cycle that have written their plan, in the organisation's order. A unit
	 * asked to translate the plan has an empty plan from the start; it is offered once handed in.
	 */
	List<UnitPlanDownload> unitPlansOf(CycleRecord.View view) {
		Map<String, Unit> byId = units.findAll().stream().collect(Collectors.toMap(Unit::getId, unit -> unit));
		return unitPlans.findByPlanId(view.plan().getId()).stream()
			.filter(unitPlan -> unitPlan.getCycleYear() == view.cycle().getCycleYear())
			.filter(WordDownloads::written)
			.map(UnitPlan::getUnitId)
			.sorted(Comparator.comparingInt(id -> byId.containsKey(id) ? byId.get(id).getPosition() : Integer.MAX_VALUE))
			.map(id -> new UnitPlanDownload(id, byId.containsKey(id) ? byId.get(id).getName() : id))
			.toList();
	}

	/** Handed in at least once (and perhaps sent back for changes since): a plan the unit wrote. */
	private static boolean written(UnitPlan unitPlan) {
		return unitPlan.getSubmittedAt() != null;
	}

	private static ResponseEntity<byte[]> docx(String filename, byte[] document) {
		return ResponseEntity.ok()
			.contentType(DOCX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(document);
	}

}
