package dk.aarshjul.feed;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarLinkRepository extends JpaRepository<CalendarLink, String> {

	Optional<CalendarLink> findByTokenHash(String tokenHash);

}
