package dk.aarshjul.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record of repeated wrong passwords: a row whenever {@link SignInThrottle} reports a name
 * refused again and again, so that an administrator can see who was tried, from where and when,
 * also after a restart has emptied the throttle's memory. Administrators read the latest at
 * {@code GET /actuator/signinfailures} (camunda-admin only, as every actuator endpoint but health).
 * A sign-in never fails because its record could not be written: that is logged instead.
 */
@Component
@Endpoint(id = "signinfailures")
class SignInFailures {

	private static final Logger LOG = LoggerFactory.getLogger(SignInFailures.class);

	private static final int LATEST = 100;

	private final JdbcTemplate jdbc;

	SignInFailures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One report of a name refused {@code failuresInRow} times in a row, which now waits {@code waitsSeconds}. */
	record Failure(Instant recordedAt, String typedName, String address, int failuresInRow, long waitsSeconds) {
	}

	void record(Failure failure) {
		try {
			jdbc.update("""
					insert into sign_in_failure (recorded_at, typed_name, address, failures_in_row, waits_seconds)
					values (?, ?, ?, ?, ?)""", Timestamp.from(failure.recordedAt()), failure.typedName(),
					abbreviated(failure.address()), failure.failuresInRow(), failure.waitsSeconds());
		}
		catch (RuntimeException ex) {
			LOG.error("Could not record repeated wrong passwords for the name {}", failure.typedName(), ex);
		}
	}

	@ReadOperation
	List<Failure> latest() {
		return jdbc.query("""
				select recorded_at, typed_name, address, failures_in_row, waits_seconds
				from sign_in_failure order by recorded_at desc, id desc fetch first %d rows only""".formatted(LATEST),
				(row, number) -> new Failure(row.getTimestamp("recorded_at").toInstant(), row.getString("typed_name"),
						row.getString("address"), row.getInt("failures_in_row"), row.getLong("waits_seconds")));
	}

	private static String abbreviated(String address) {
		return address.length() > 64 ? address.substring(0, 64) : address;
	}

}
