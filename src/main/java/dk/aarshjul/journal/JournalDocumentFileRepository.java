package dk.aarshjul.journal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JournalDocumentFileRepository extends JpaRepository<JournalDocumentFile, Long> {

}
