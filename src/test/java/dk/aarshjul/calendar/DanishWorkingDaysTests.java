package dk.aarshjul.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DanishWorkingDaysTests {

	private final DanishWorkingDays calendar = new DanishWorkingDays(true, true);

	@ParameterizedTest(name = "Easter {0}: {1}")
	@CsvSource({ "2017, 2017-04-16", "2019, 2019-04-21", "2023, 2023-04-09", "2024, 2024-03-31", "2025, 2025-04-20",
			"2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25" })
	void easterSunday(int year, LocalDate easter) {
		assertThat(DanishWorkingDays.easterSunday(year)).isEqualTo(easter);
	}

	@Test
	void easterDependentHolidaysOf2027() {
		assertThat(calendar.holidays(2027)).contains(LocalDate.of(2027, 3, 25), LocalDate.of(2027, 3, 26),
				LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 16),
				LocalDate.of(2027, 5, 17));
	}

	@Test
	void storeBededagOnlyUpTo2023() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2023, 5, 5))).as("store bededag 2023").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2024, 4, 26))).as("the Friday it would have been in 2024").isTrue();
	}

	@Test
	void grundlovsdagAndJuleaftenAreSettings() {
		DanishWorkingDays byLawOnly = new DanishWorkingDays(false, false);

		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 5))).isFalse();
		assertThat(byLawOnly.isWorkingDay(LocalDate.of(2026, 6, 5))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 24))).isFalse();
		assertThat(byLawOnly.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
	}

	@Test
	void aDeadlineOnAHolidayMovesToTheNextWorkingDay() {
		assertThat(calendar.onOrAfter(LocalDate.of(2027, 3, 25))).as("skærtorsdag → tirsdag efter 2. påskedag")
			.isEqualTo(LocalDate.of(2027, 3, 30));
		assertThat(calendar.onOrAfter(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 28));
		assertThat(calendar.onOrAfter(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 23));
	}

	@Test
	void countingWorkingDaysSkipsWeekendsAndHolidays() {
		assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 3, 23), 3)).as("over påsken")
			.isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 3, 31), -3)).as("reminder three working days before")
			.isEqualTo(LocalDate.of(2027, 3, 23));
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
	}

}
