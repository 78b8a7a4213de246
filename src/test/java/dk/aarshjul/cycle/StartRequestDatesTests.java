package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import dk.aarshjul.calendar.WorkingTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start request's dates sent as dates (the REST API's type "Date") are Copenhagen's days, also on
 * a server in UTC, where Copenhagen's midnight is still the day before: in winter at 23:00, in
 * summer at 22:00.
 */
class StartRequestDatesTests {

	private final TimeZone serverZone = TimeZone.getDefault();

	@AfterEach
	void restore() {
		TimeZone.setDefault(serverZone);
	}

	@Test
	void datesSentAsCopenhagensMidnightAreThatDayOnAServerInUtc() {
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
		Map<String, Object> variables = new HashMap<>(CycleDriver.calendar("DATOER", 2027));
		variables.put(CalendarFieldNames.DRAFTING_DEADLINE, midnightInCopenhagen(LocalDate.of(2027, 1, 15)));
		variables.put(CalendarFieldNames.PERIOD_END, midnightInCopenhagen(LocalDate.of(2027, 7, 1)));
		variables.put(CalendarFieldNames.FOLLOW_UP_DATES,
				List.of(midnightInCopenhagen(LocalDate.of(2027, 3, 31)), midnightInCopenhagen(LocalDate.of(2027, 10, 1))));

		StartRequestReader request = new StartRequestReader(variables, (key, arguments) -> key);
		CalendarDates calendar = request.calendar();

		assertThat(request.problems()).isEmpty();
		assertThat(calendar.draftingDeadline()).as("winter time").isEqualTo(LocalDate.of(2027, 1, 15));
		assertThat(calendar.periodEnd()).as("summer time").isEqualTo(LocalDate.of(2027, 7, 1));
		assertThat(calendar.followUpDates()).containsExactly(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 10, 1));
	}

	private static Date midnightInCopenhagen(LocalDate day) {
		return Date.from(day.atStartOfDay(WorkingTime.ZONE).toInstant());
	}

}
