package dk.aarshjul.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * Turns calendar days into the moments the engine needs, on Danish working days and Copenhagen
 * time: a deadline ends its (working) day, reminders and escalations go out as the working day
 * begins.
 */
@Component
public class WorkingTime {

	public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

	private final DanishWorkingDays workingDays;

	private final LocalTime workdayStart;

	WorkingTime(DanishWorkingDays workingDays, WorkingDayProperties properties) {
		this.workingDays = workingDays;
		this.workdayStart = LocalTime.of(properties.workdayStartHour(), 0);
	}

	/** The end of the deadline's day, moved to the next working day when it is a day off. */
	public Date deadline(LocalDate day) {
		return Date.from(workingDays.onOrAfter(day).atTime(END_OF_DAY).atZone(ZONE).toInstant());
	}

	public LocalDate deadlineDay(LocalDate day) {
		return workingDays.onOrAfter(day);
	}

	/** The start of the working day {@code days} working days after (or, negative, before) {@code day}. */
	public Date morning(LocalDate day, int days) {
		return Date.from(workingDays.plusWorkingDays(workingDays.onOrAfter(day), days).atTime(workdayStart)
			.atZone(ZONE).toInstant());
	}

	public LocalDate plusWorkingDays(LocalDate day, int days) {
		return workingDays.plusWorkingDays(workingDays.onOrAfter(day), days);
	}

	public Date startOf(LocalDate day) {
		return Date.from(day.atStartOfDay(ZONE).toInstant());
	}

	public Date at(LocalDate day, LocalTime time) {
		return Date.from(day.atTime(time).atZone(ZONE).toInstant());
	}

	public static LocalDate dayOf(Date moment) {
		return moment.toInstant().atZone(ZONE).toLocalDate();
	}

}
