package dk.aarshjul.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The working-day calendar's part of {@code aarshjul.deadlines.*}: the keys stay where
 * operators have always set them, while deadlines and notifications share one calendar.
 */
@ConfigurationProperties("aarshjul.deadlines")
public record WorkingDayProperties(
		/** Escalations go out at this hour of the first working day after the deadline. */
		@DefaultValue("8") int workdayStartHour,
		@DefaultValue("true") boolean constitutionDayOff,
		@DefaultValue("true") boolean christmasEveOff) {
}
