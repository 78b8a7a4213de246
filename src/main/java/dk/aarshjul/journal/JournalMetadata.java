package dk.aarshjul.journal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The metadata file (JSON) that goes with each PDF: what the case system files the document
 * under. Field names are part of the interface to the case system; add, never rename.
 */
record JournalMetadata(String id, String title, String description, String documentKind, LocalDate decisionDate,
		String decidedBy, String municipality, String planCode, String planTitle, int year, String businessKey,
		String unitId, String unitName, String kle, String sha256, String fileName, String mediaType,
		Instant producedAt) {

	static JournalMetadata of(JournalEntry entry) {
		return new JournalMetadata(entry.getUuid(), entry.getTitle(), entry.getDescription(), entry.getKind().name(),
				entry.getDecisionDate(), entry.getDecidedBy(), entry.getMunicipality(), entry.getPlanCode(), entry.getPlanTitle(),
				entry.getCycleYear(), entry.getBusinessKey(), entry.getUnitId(), entry.getUnitName(), entry.getKle(),
				entry.getSha256(), entry.getFileName(), "application/pdf", entry.getProducedAt());
	}

}
