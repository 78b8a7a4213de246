package dk.aarshjul.approval;

/** What a political body decided about a plan. */
public enum DecisionOutcome {

	APPROVED, APPROVED_WITH_CHANGES, SENT_BACK

}
