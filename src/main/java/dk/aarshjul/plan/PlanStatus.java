package dk.aarshjul.plan;

/** Where a plan is in its yearly cycle; the Danish names are in messages.properties. */
public enum PlanStatus {

	DRAFT, IN_CONSULTATION, IN_POLITICAL_REVIEW, APPROVED, IN_TRANSLATION, IN_FOLLOW_UP, EVALUATED

}
