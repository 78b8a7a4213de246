package dk.aarshjul.journal;

import java.time.LocalDate;
import java.util.List;

import dk.aarshjul.plan.PlanKind;

/**
 * A final document as it is journalised: its metadata, and its body as sections the PDF shows one
 * after the other (the same content as the plan's page, with who decided, when and why).
 */
record FinalDocument(Long cycleId, String businessKey, JournalDocumentKind kind, String subjectKey, String title,
		String description, LocalDate decisionDate, String decidedBy, String municipality, String planCode,
		String planTitle, PlanKind planKind, int cycleYear, String unitId, String unitName, List<Section> sections) {

	/** A heading with paragraphs and, when {@code head} is not empty, a table under them. */
	record Section(String heading, List<String> paragraphs, List<String> head, List<List<String>> rows) {

		static Section text(String heading, List<String> paragraphs) {
			return new Section(heading, paragraphs, List.of(), List.of());
		}

		static Section table(String heading, List<String> paragraphs, List<String> head, List<List<String>> rows) {
			return new Section(heading, paragraphs, head, rows);
		}

	}

}
