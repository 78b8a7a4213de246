package dk.aarshjul.audit;

/**
 * An entry has just been written to the trail. Published synchronously, inside the transaction
 * that wrote it: a listener's work commits or rolls back with what happened.
 */
public record AuditRecorded(AuditEntry entry) {
}
