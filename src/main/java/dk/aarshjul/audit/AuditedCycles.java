package dk.aarshjul.audit;

/**
 * Finds the keys of the cycle an entry belongs to. The cycle feature implements it, so the trail
 * takes a cycle's id and never loads the cycle itself (the cycle writes to the trail, not the
 * other way round).
 */
public interface AuditedCycles {

	/** @throws java.util.NoSuchElementException when there is no such cycle */
	AuditedCycle byId(Long cycleId);

}
