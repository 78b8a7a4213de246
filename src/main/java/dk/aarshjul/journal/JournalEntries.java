package dk.aarshjul.journal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.audit.AuditRecorded;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Journalises each final document the moment the audit trail records it, in that same
 * transaction: the entry and the document's content (as data, read from the records the decision
 * just wrote) exist exactly when the decision does, and a decision that rolls back leaves no entry.
 * Rendering the PDF/A and delivering it are the journal-delivery process's jobs, which run after
 * the commit: rendering takes longer than the rest of the decision, and the case system must never
 * hold up or roll back a decision.
 */
@Component
class JournalEntries {

	private final FinalDocuments documents;

	private final ObjectMapper json;

	private final JournalEntryRepository entries;

	private final JournalDocumentFileRepository files;

	private final JournalProperties properties;

	private final RuntimeService runtime;

	private final Clock clock;

	JournalEntries(FinalDocuments documents, ObjectMapper json, JournalEntryRepository entries,
			JournalDocumentFileRepository files, JournalProperties properties, RuntimeService runtime, Clock clock) {
		this.documents = documents;
		this.json = json;
		this.entries = entries;
		this.files = files;
		this.properties = properties;
		this.runtime = runtime;
		this.clock = clock;
	}

	@EventListener
	void on(AuditRecorded recorded) {
		documents.of(recorded.entry()).ifPresent(this::journalise);
	}

	private void journalise(FinalDocument document) {
		if (entries.existsByCycleIdAndKindAndSubjectKey(document.cycleId(), document.kind(), document.subjectKey())) {
			return;
		}
		Instant now = clock.instant();
		String kle = properties.kleFor(document.planKind() == null ? "" : document.planKind().name());
		JournalEntry entry = entries.save(new JournalEntry(document, kle, fileName(document), now, properties.adapter()));
		files.save(new JournalDocumentFile(entry.getId(), content(document)));
		ProcessInstance delivery = runtime.createProcessInstanceByKey(JournalDeliveryProcess.KEY)
			.businessKey(document.businessKey())
			.setVariable(JournalDeliveryProcess.Variables.JOURNAL_ENTRY_ID, entry.getId())
			.execute();
		entry.deliveryStarted(delivery.getId());
	}

	private String content(FinalDocument document) {
		try {
			return json.writeValueAsString(document);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Journal document " + document.title() + " cannot be kept as JSON", ex);
		}
	}

	/** e.g. DEMO-STRATEGI-2027-godkendt-handleplan-skoler.pdf: readable in a case system's file list. */
	private static String fileName(FinalDocument document) {
		String kind = switch (document.kind()) {
			case APPROVED_PLAN -> "godkendt-plan";
			case MAIN_COMMITTEE_STATEMENT -> "hoeringssvar";
			case APPROVED_UNIT_PLAN -> "godkendt-handleplan-" + document.subjectKey();
			case NOTED_STATUS -> "status-" + document.subjectKey();
			case EVALUATION -> "evaluering";
		};
		return (document.businessKey() + "-" + kind).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-") + ".pdf";
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
