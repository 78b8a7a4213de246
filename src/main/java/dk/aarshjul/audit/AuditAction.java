package dk.aarshjul.audit;

/** What happened to a plan; each has its Danish wording in messages.properties ({@code audit.action.*}). */
public enum AuditAction {

	CYCLE_STARTED, STATEMENT_GIVEN, NO_STATEMENT, STATEMENT_ANSWERED, DECISION, UNIT_PLAN_SUBMITTED,
	UNIT_PLAN_APPROVED, UNIT_PLAN_SENT_BACK, STATUS_REPORTED, STATUS_REVIEWED, STATUS_NOTED, EVALUATED,
	DEADLINE_MOVED, ESCALATED, ESCALATED_FOR_FOUR_EYES, DRAFT_COMMENTED, LOCAL_MED_DISCUSSED,
	PLAN_PUBLISHED, PLAN_WITHDRAWN, PLAN_APPROVED, JOURNAL_DELIVERED,

	/** A release's start moved the cycle's process (or a phase of it) to the newest version of its model, or could not. */
	RELEASE_MIGRATED, RELEASE_NOT_MIGRATED

}
