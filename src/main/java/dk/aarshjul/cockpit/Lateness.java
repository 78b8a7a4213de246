package dk.aarshjul.cockpit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.springframework.stereotype.Component;

/** How late a task is and how long something has waited, on the engine's clock in Copenhagen. */
@Component
class Lateness {

	private final Clock clock;

	Lateness(Clock clock) {
		this.clock = clock;
	}

	Instant now() {
		return clock.instant();
	}

	/** Calendar days past the due date; a task due earlier today is one day late, as on the overview. */
	long daysLate(Date due) {
		if (due == null || !due.toInstant().isBefore(clock.instant())) {
			return 0;
		}
		LocalDate dueDay = LocalDate.ofInstant(due.toInstant(), clock.getZone());
		return Math.max(1, ChronoUnit.DAYS.between(dueDay, LocalDate.now(clock)));
	}

	long millisSince(Instant since) {
		return Math.max(0, Duration.between(since, clock.instant()).toMillis());
	}

}
