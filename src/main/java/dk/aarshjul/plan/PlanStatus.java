package dk.aarshjul.plan;

/** Where a plan is in its yearly cycle; the Danish names are in messages.properties. */
public enum PlanStatus {

	DRAFT, IN_CONSULTATION, IN_POLITICAL_REVIEW, APPROVED, IN_TRANSLATION, IN_FOLLOW_UP, EVALUATED;

	/** Not decided yet: written, commented, consulted on or before the politicians (or sent back to drafting). */
	public boolean isDraft() {
		return this == DRAFT || this == IN_CONSULTATION || this == IN_POLITICAL_REVIEW;
	}

}
