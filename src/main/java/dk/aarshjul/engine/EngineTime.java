package dk.aarshjul.engine;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock, which tests move: what Årshjul stamps must agree with due dates and timers. */
public final class EngineTime {

	private EngineTime() {
	}

	/** Now, by the engine's clock. */
	public static Date now() {
		return ClockUtil.getCurrentTime();
	}

	/** Now, by the engine's clock, as an instant. */
	public static Instant instant() {
		return now().toInstant();
	}

}
