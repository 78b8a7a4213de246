package dk.aarshjul.approval;

/**
 * Published in the transaction that approves the plan (every body that had to decide approved),
 * so whatever must keep the plan as it was approved can take it there and then — before a later
 * draft on the same plan changes it.
 */
public record PlanApproved(Long planId, Long cycleId) {
}
