package dk.aarshjul.release;

import java.util.List;
import java.util.Locale;

import dk.aarshjul.organisation.CamundaGroups;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrators' report of what each start migrated and what it left on its version, and why
 * (JSON). Everyone else is refused: the report names every running cycle.
 */
@RestController
class MigrationReportController {

	private final ReleaseMigration migration;

	private final MessageSource messages;

	MigrationReportController(ReleaseMigration migration, MessageSource messages) {
		this.migration = migration;
		this.messages = messages;
	}

	@GetMapping(path = "/admin/migrering", produces = "application/json")
	ResponseEntity<?> report(Authentication user) {
		boolean administrator = user != null && user.getAuthorities().stream()
			.anyMatch(authority -> authority.getAuthority().equals("GROUP_" + CamundaGroups.ADMINISTRATORS));
		if (!administrator) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.body(new Refusal(messages.getMessage("release.report.forbidden", null, Locale.forLanguageTag("da"))));
		}
		return ResponseEntity.ok(new Report(migration.runs()));
	}

	record Report(List<MigrationRun> runs) {
	}

	record Refusal(String message) {
	}

}
