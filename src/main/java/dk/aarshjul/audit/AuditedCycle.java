package dk.aarshjul.audit;

/** The keys an audit entry files itself under: the plan, the cycle and the cycle's business key. */
public record AuditedCycle(Long planId, Long cycleId, String businessKey) {
}
