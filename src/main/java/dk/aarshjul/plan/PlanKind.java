package dk.aarshjul.plan;

/**
 * The kind of plan decides which political bodies must approve it (see the approval DMN):
 * an administrative strategy or annual agreement goes to the finance committee, a political
 * strategy also to the council.
 */
public enum PlanKind {

	ADMINISTRATIVE_STRATEGY, ANNUAL_AGREEMENT, POLITICAL_STRATEGY

}
