package dk.aarshjul.journal;

import java.time.Clock;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditTrail;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The journal-delivery process's second job, once {@link RenderJournalDocument} has rendered the
 * PDF: hand the entry to the case system through the configured adapter, and record that it was
 * delivered, with the case system's reference, in the entry and the audit trail. An entry already delivered is not delivered again (an incident retried after
 * a delivery that did commit). A case system that is down fails the job, which the engine retries
 * ({@code aarshjul.journal.retry-cycle}) and then shows as an incident in Cockpit.
 */
@Component("deliverJournalEntry")
class DeliverJournalEntry implements JavaDelegate {

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private final JournalEntryRepository entries;

	private final JournalDocumentFileRepository files;

	private final JournalAdapter adapter;

	private final ObjectMapper json;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	DeliverJournalEntry(JournalEntryRepository entries, JournalDocumentFileRepository files, JournalAdapter adapter,
			ObjectMapper json, AuditTrail audit, MessageSource messages,
			Clock clock) {
		this.entries = entries;
		this.files = files;
		this.adapter = adapter;
		this.json = json;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) throws Exception {
		JournalEntry entry = entries
			.findById(JournalDeliveryProcess.Variables.ENTRY.from(execution))
			.orElseThrow();
		if (entry.isSettled()) {
			return;
		}
		if (adapter.kind() == JournalAdapterKind.NONE) {
			entry.kept(adapter.kind(), clock.instant());
			return;
		}
		JournalDocumentFile file = files.findById(entry.getId()).orElseThrow();
		if (!file.isRendered()) {
			// the model renders before it delivers; an entry without its PDF is a fault, not a wait
			throw new IllegalStateException("Journal entry " + entry.getId() + " has no rendered document");
		}
		byte[] pdf = file.getPdf();
		byte[] metadata = json.writeValueAsBytes(JournalMetadata.of(entry));
		String reference = adapter.deliver(new JournalPackage(entry, pdf, metadata)).orElse(null);
		entry.delivered(adapter.kind(), reference, clock.instant());
		String where = messages.getMessage("journal.adapter." + adapter.kind(), null, DANISH) + " "
				+ adapter.destination();
		audit.record(entry.getCycleId(), null, AuditAction.JOURNAL_DELIVERED, entry.getTitle(),
				reference == null ? messages.getMessage("journal.audit.delivered", new Object[] { where }, DANISH)
						: messages.getMessage("journal.audit.deliveredWithReference",
								new Object[] { where, reference }, DANISH));
	}

}
