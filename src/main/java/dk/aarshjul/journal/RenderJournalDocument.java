package dk.aarshjul.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The journal-delivery process's first job: render the entry's PDF/A from the content the decision
 * fixed (not from the records as they are now, which may have changed since) and set its hash.
 * It commits before delivery starts, so a case system that is down makes the delivery retry with
 * the same PDF, never a new rendering. An entry already rendered is left as it is.
 */
@Component("renderJournalDocument")
class RenderJournalDocument implements JavaDelegate {

	private final JournalEntryRepository entries;

	private final JournalDocumentFileRepository files;

	private final JournalPdf pdf;

	private final ObjectMapper json;

	RenderJournalDocument(JournalEntryRepository entries, JournalDocumentFileRepository files, JournalPdf pdf,
			ObjectMapper json) {
		this.entries = entries;
		this.files = files;
		this.pdf = pdf;
		this.json = json;
	}

	@Override
	public void execute(DelegateExecution execution) throws Exception {
		JournalEntry entry = entries
			.findById(JournalDeliveryProcess.Variables.ENTRY.from(execution))
			.orElseThrow();
		JournalDocumentFile file = files.findById(entry.getId()).orElseThrow();
		if (file.isRendered()) {
			return;
		}
		FinalDocument document = json.readValue(file.getContent(), FinalDocument.class);
		byte[] rendered = pdf.render(document, entry.getKle(), entry.getProducedAt());
		file.rendered(rendered);
		entry.rendered(JournalEntries.sha256(rendered));
	}

}
