package dk.aarshjul.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DigestEntryRepository extends JpaRepository<DigestEntry, Long> {

	List<DigestEntry> findBySentAtIsNullAndQueuedAtBeforeOrderByRecipientIdAscIdAsc(Instant before);

	List<DigestEntry> findByRecipientIdOrderById(String recipientId);

}
