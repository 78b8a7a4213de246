package dk.aarshjul.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.engine.EngineTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Årshjul's clock is the process engine's: timestamps on records agree with task due dates and
 * timers, also when a test moves the engine clock.
 */
@Configuration
class EngineClock {

	static final ZoneId COPENHAGEN = WorkingTime.ZONE;

	@Bean
	Clock clock() {
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return COPENHAGEN;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				throw new UnsupportedOperationException("Årshjul runs on Copenhagen time");
			}

			@Override
			public Instant instant() {
				return EngineTime.instant();
			}

		};
	}

}
