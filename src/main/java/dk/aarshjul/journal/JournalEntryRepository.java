package dk.aarshjul.journal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JournalEntryRepository extends JpaRepository<JournalEntry, Long> {

	List<JournalEntry> findByBusinessKeyOrderByProducedAtAscIdAsc(String businessKey);

	boolean existsByCycleIdAndKindAndSubjectKey(Long cycleId, JournalDocumentKind kind, String subjectKey);

}
