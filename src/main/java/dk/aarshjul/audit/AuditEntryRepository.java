package dk.aarshjul.audit;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Append and read only: the audit trail has no update or delete. */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	List<AuditEntry> findByCycleIdOrderByRecordedAtAscIdAsc(Long cycleId);


}
