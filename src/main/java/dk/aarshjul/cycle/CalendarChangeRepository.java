package dk.aarshjul.cycle;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarChangeRepository extends JpaRepository<CalendarChange, Long> {

	List<CalendarChange> findByCycleIdOrderByChangedAtAscIdAsc(Long cycleId);

}
