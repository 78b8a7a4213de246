package dk.aarshjul.journal;

/**
 * Where an entry stands. A failing delivery stays {@link #PENDING} in this table (its failure rolls
 * back with the job): the page reads the failure from the delivery job (see {@link JournalListing}).
 */
public enum JournalStatus {

	/** Waiting for its delivery job. */
	PENDING,

	/** Handed to the case system. */
	DELIVERED,

	/** Adapter {@code none}: kept in Årshjul only. */
	KEPT

}
