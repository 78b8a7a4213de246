package dk.aarshjul.journal;

import java.util.Optional;

/**
 * Hands one entry to the case system. Throws when it could not (the delivery job is retried);
 * returns the case system's reference when it gives one. Delivering the same entry again must
 * do no harm: a job can run again after its work was done but before it committed.
 */
interface JournalAdapter {

	JournalAdapterKind kind();

	Optional<String> deliver(JournalPackage journalPackage) throws Exception;

	/** Where entries go, in Danish, for the page and the audit trail (e.g. the directory or the URL). */
	String destination();

}
