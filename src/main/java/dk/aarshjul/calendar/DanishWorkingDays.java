package dk.aarshjul.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import java.util.TreeSet;

/**
 * Danish working days: weekends and public holidays are not working days. Grundlovsdag and
 * juleaftensdag are days off in most municipalities but not by law, so they are settings; store
 * bededag was a holiday up to and including 2023.
 */
public class DanishWorkingDays {

	private static final int LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

	private final boolean constitutionDayOff;

	private final boolean christmasEveOff;

	public DanishWorkingDays(boolean constitutionDayOff, boolean christmasEveOff) {
		this.constitutionDayOff = constitutionDayOff;
		this.christmasEveOff = christmasEveOff;
	}

	public boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !holidays(day.getYear()).contains(day);
	}

	/** The day itself when it is a working day, otherwise the next working day after it. */
	public LocalDate onOrAfter(LocalDate day) {
		LocalDate candidate = day;
		while (!isWorkingDay(candidate)) {
			candidate = candidate.plusDays(1);
		}
		return candidate;
	}

	/** Counts {@code days} working days forwards (or backwards, when negative) from {@code day}. */
	public LocalDate plusWorkingDays(LocalDate day, int days) {
		int step = days < 0 ? -1 : 1;
		LocalDate candidate = day;
		for (int counted = 0; counted < Math.abs(days);) {
			candidate = candidate.plusDays(step);
			if (isWorkingDay(candidate)) {
				counted++;
			}
		}
		return candidate;
	}

	public Set<LocalDate> holidays(int year) {
		LocalDate easter = easterSunday(year);
		Set<LocalDate> holidays = new TreeSet<>();
		holidays.add(LocalDate.of(year, 1, 1));
		holidays.add(easter.minusDays(3));
		holidays.add(easter.minusDays(2));
		holidays.add(easter);
		holidays.add(easter.plusDays(1));
		if (year <= LAST_YEAR_WITH_STORE_BEDEDAG) {
			holidays.add(easter.plusDays(26));
		}
		holidays.add(easter.plusDays(39));
		holidays.add(easter.plusDays(49));
		holidays.add(easter.plusDays(50));
		holidays.add(MonthDay.of(12, 25).atYear(year));
		holidays.add(MonthDay.of(12, 26).atYear(year));
		if (constitutionDayOff) {
			holidays.add(MonthDay.of(6, 5).atYear(year));
		}
		if (christmasEveOff) {
			holidays.add(MonthDay.of(12, 24).atYear(year));
		}
		return holidays;
	}

	/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus). */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, day);
	}

}
