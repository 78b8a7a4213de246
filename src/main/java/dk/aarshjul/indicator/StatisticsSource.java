package dk.aarshjul.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * An external source of official figures for an indicator (Statistics Denmark's Statbank today;
 * a municipality's own data warehouse could be another): the latest figure of a table for the
 * variables chosen.
 */
public interface StatisticsSource {

	Optional<Measurement> latest(String table, Map<String, String> selection);

	/** A figure, the last day of the period it describes, and where it came from (shown beside it). */
	record Measurement(LocalDate measuredOn, BigDecimal value, String source) {
	}

	/** The source did not answer, or answered something that is not a table of figures. */
	class SourceFailedException extends RuntimeException {

		public SourceFailedException(String reason, Throwable cause) {
			super(reason, cause);
		}

	}

}
