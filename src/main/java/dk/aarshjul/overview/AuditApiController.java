package dk.aarshjul.overview;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import dk.aarshjul.audit.AuditEntry;
import dk.aarshjul.audit.AuditEntryRepository;
import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.organisation.UserNames;
import io.swagger.v3.oas.annotations.Operation;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
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

	private final IdentityService identity;

	AuditApiController(AuditEntryRepository entries, StrategyCycleRepository cycles, VisibleCycles visible,
			MessageSource messages, IdentityService identity) {
		this.entries = entries;
		this.cycles = cycles;
		this.visible = visible;
		this.messages = messages;
		this.identity = identity;
	}

	@Operation(summary = "Årshjulets revisionsspor: hvem gjorde hvad, hvornår og hvorfor")
	@GetMapping("/api/cycles/{businessKey}/audit")
	List<AuditEntry> json(@PathVariable String businessKey, Authentication user) {
		return trail(businessKey, user);
	}

	@Operation(summary = "Årshjulets revisionsspor som CSV")
	@GetMapping(value = "/api/cycles/{businessKey}/audit.csv", produces = "text/csv")
	ResponseEntity<String> csv(@PathVariable String businessKey, Authentication user) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(message("audit.csv.header")).append("\r\n");
		List<AuditEntry> trail = trail(businessKey, user);
		Map<String, String> names = namesOf(trail);
		for (AuditEntry entry : trail) {
			csv.append(String.join(",", cell(TIME.format(entry.getRecordedAt().atZone(WorkingTime.ZONE))),
					cell(names.getOrDefault(entry.getActor(), entry.getActor())), cell(entry.getActor()), cell(message("audit.action." + entry.getAction())), cell(entry.getSubject()),
					cell(entry.getReason())))
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

	/** The actors' names by user id, in one query; a user no longer known keeps the id. */
	private Map<String, String> namesOf(List<AuditEntry> trail) {
		String[] actors = trail.stream().map(AuditEntry::getActor).filter(Objects::nonNull).distinct()
			.toArray(String[]::new);
		return actors.length == 0 ? Map.of()
				: identity.createUserQuery().userIdIn(actors).list().stream()
					.collect(Collectors.toMap(User::getId, UserNames::of));
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
