package dk.aarshjul.overview;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The twelve months a wheel shows, from the first of a month: a calendar year, or the coming twelve
 * months from this month. The first day is at twelve o'clock and the wheel turns clockwise, a day
 * taking as much of the circle as the window's days allow (365 or 366).
 */
public record WheelWindow(LocalDate start, boolean calendarYear) {

	public WheelWindow {
		start = start.withDayOfMonth(1);
		calendarYear = calendarYear && start.getMonthValue() == 1;
	}

	public static WheelWindow calendarYear(int year) {
		return new WheelWindow(LocalDate.of(year, 1, 1), true);
	}

	public static WheelWindow comingTwelveMonths(LocalDate today) {
		return new WheelWindow(today.withDayOfMonth(1), false);
	}

	/**
	 * What a wheel shows when nobody chose: of the calendar year the cycles are for and the coming
	 * twelve months, the window that holds more of the dates; the coming months when even. So a wheel
	 * opened in December shows next year's dates rather than an empty current year.
	 */
	public static WheelWindow chosenFor(Collection<LocalDate> dates, Collection<Integer> cycleYears, LocalDate today) {
		WheelWindow best = comingTwelveMonths(today);
		long most = best.count(dates);
		for (int year : cycleYears.stream().distinct().sorted().toList()) {
			WheelWindow candidate = calendarYear(year);
			long held = candidate.count(dates);
			if (held > most) {
				best = candidate;
				most = held;
			}
		}
		return best;
	}

	/** The day after the last day shown. */
	public LocalDate end() {
		return start.plusMonths(12);
	}

	public LocalDate last() {
		return end().minusDays(1);
	}

	public boolean contains(LocalDate date) {
		return date != null && !date.isBefore(start) && date.isBefore(end());
	}

	/** Degrees clockwise from twelve o'clock at which the day begins. */
	public double angle(LocalDate date) {
		return 360.0 * ChronoUnit.DAYS.between(start, date) / ChronoUnit.DAYS.between(start, end());
	}

	/** The first day of each month shown, in order. */
	public List<LocalDate> months() {
		List<LocalDate> months = new ArrayList<>();
		for (int month = 0; month < 12; month++) {
			months.add(start.plusMonths(month));
		}
		return months;
	}

	private long count(Collection<LocalDate> dates) {
		return dates.stream().filter(this::contains).count();
	}

}
