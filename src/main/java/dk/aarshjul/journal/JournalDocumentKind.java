package dk.aarshjul.journal;

/**
 * The final documents of a cycle that go to the case system; each has its Danish title and
 * description in messages.properties ({@code journal.kind.*}).
 */
public enum JournalDocumentKind {

	/** The plan, approved by the last body that had to decide on it. */
	APPROVED_PLAN,

	/** Hovedudvalget's statement on the draft, or the record that none came by the deadline. */
	MAIN_COMMITTEE_STATEMENT,

	/** A unit's action plan, approved by its reviewer. */
	APPROVED_UNIT_PLAN,

	/** A follow-up round's status, noted by Økonomiudvalget. */
	NOTED_STATUS,

	/** The year's evaluation. */
	EVALUATION

}
