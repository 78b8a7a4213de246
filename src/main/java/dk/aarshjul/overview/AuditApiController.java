package dk.aarshjul.overview;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dk.aarshjul.audit.AuditEntry;
import dk.aarshjul.audit.AuditEntryRepository;
import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.cycle.StrategyCycleRepository;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A cycle's audit trail for aktindsigt: as JSON, and as CSV for a spreadsheet. It lives with the
 * pages that show the trail, because who may see a plan is the overview's rule.
 */
@RestController
class AuditApiController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final AuditEntryRepository entries;

	private final StrategyCycleRepository cycles;

	private final VisibleCycles visible;

	private final MessageSource messages;

	private final AuditLines lines;

	AuditApiController(AuditEntryRepository entries, StrategyCycleRepository cycles, VisibleCycles visible,
			MessageSource messages, AuditLines lines) {
		this.entries = entries;
		this.cycles = cycles;
		this.visible = visible;
		this.messages = messages;
		this.lines = lines;
	}

	@Operation(summary = "Årshjulets revisionsspor: hvem gjorde hvad, hvornår og hvorfor")
	@GetMapping("/api/cycles/{businessKey}/audit")
	List<AuditLines.Line> json(@PathVariable String businessKey, Authentication user) {
		return lines.of(trail(businessKey, user));
	}

	@Operation(summary = "Årshjulets revisionsspor som CSV")
	@GetMapping(value = "/api/cycles/{businessKey}/audit.csv", produces = "text/csv")
	ResponseEntity<String> csv(@PathVariable String businessKey, Authentication user) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(message("audit.csv.header")).append("\r\n");
		for (AuditLines.Line line : lines.of(trail(businessKey, user))) {
			csv.append(String.join(",", cell(TIME.format(line.recordedAt().atZone(WorkingTime.ZONE))),
					cell(line.who()), cell(line.actor()), cell(line.what()), cell(line.about()), cell(line.reason())))
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(businessKey + "-revisionsspor.csv").build().toString())
			.body(csv.toString());
	}

	/** The trail of a cycle the user may see; one they may not is answered as unknown (VisibleCycles). */
	private List<AuditEntry> trail(String businessKey, Authentication user) {
		visible.requireVisible(businessKey, user);
		Long cycleId = cycles.findByBusinessKey(businessKey)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, messages.getMessage(
					"calendar.cycle.unknown", new Object[] { businessKey }, LocaleContextHolder.getLocale())))
			.getId();
		return entries.findByCycleIdOrderByRecordedAtAscIdAsc(cycleId);
	}

	/**
	 * One CSV field: quoted, quotes doubled, and a leading =, +, - or @ defused, so a spreadsheet
	 * never runs what somebody typed as a formula.
	 */
	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	private String message(String key) {
		return messages.getMessage(key, null, Locale.forLanguageTag("da-DK"));
	}

}
