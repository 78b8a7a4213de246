package dk.aarshjul.journal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dk.aarshjul.overview.CycleJournal;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan page's journal entries. An entry whose PDF is not rendered yet has no download. An entry still {@code PENDING} whose delivery job has failed
 * shows as failed: still retried, or — no retries left — an incident in Cockpit.
 */
@Component
@Transactional(readOnly = true)
class JournalListing implements CycleJournal {

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private final JournalEntryRepository entries;

	private final JournalDocumentFileRepository files;

	private final ManagementService management;

	private final MessageSource messages;

	JournalListing(JournalEntryRepository entries, JournalDocumentFileRepository files, ManagementService management,
			MessageSource messages) {
		this.entries = entries;
		this.files = files;
		this.management = management;
		this.messages = messages;
	}

	@Override
	public List<Line> lines(String businessKey) {
		List<JournalEntry> cycleEntries = entries.findByBusinessKeyOrderByProducedAtAscIdAsc(businessKey);
		Map<String, Job> failing = cycleEntries.stream().anyMatch(entry -> !entry.isSettled())
				? management.createJobQuery()
					.processDefinitionKey(JournalDeliveryProcess.KEY)
					.withException()
					.list()
					.stream()
					.collect(Collectors.toMap(Job::getProcessInstanceId, job -> job, (a, b) -> a))
				: Map.of();
		return cycleEntries.stream().map(entry -> line(entry, failing.get(entry.getDeliveryInstanceId()))).toList();
	}

	private Line line(JournalEntry entry, Job failed) {
		String status = entry.getStatus().name();
		String detail = null;
		if (!entry.isSettled() && failed != null) {
			status = "FAILED";
			detail = message(failed.getRetries() > 0 ? "journal.status.FAILED.retrying" : "journal.status.FAILED.incident");
		}
		return new Line(entry.getId(), entry.getTitle(), entry.getProducedAt(),
				message("journal.adapter." + entry.getAdapter()), entry.getReference(), status, detail,
				entry.isRendered());
	}

	@Override
	public Optional<Document> document(String businessKey, long entryId) {
		return entries.findById(entryId)
			.filter(entry -> entry.getBusinessKey().equals(businessKey))
			.flatMap(entry -> files.findById(entryId).filter(JournalDocumentFile::isRendered).map(file -> new Document(entry.getFileName(), file.getPdf())));
	}

	private String message(String key) {
		return messages.getMessage(key, null, DANISH);
	}

}
