package dk.aarshjul.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How deadlines are counted and chased ({@code aarshjul.deadlines.*}). Offsets are Danish working
 * days, except the hearing's minimum, which MED practice gives in calendar days. The working-day
 * calendar's keys under the same prefix belong to {@link dk.aarshjul.calendar.WorkingDayProperties}.
 */
@ConfigurationProperties("aarshjul.deadlines")
public record DeadlineProperties(
		/** A waiting task's reminder goes out this many working days before its due date. */
		@DefaultValue("3") int reminderWorkingDays,
		/** The second escalation follows the first after this many working days. */
		@DefaultValue("5") int secondEscalationWorkingDays,
		/** A department's translation and status are due this many working days before its core area's. */
		@DefaultValue("5") int departmentLeadWorkingDays,
		/** Hovedudvalget has at least this many calendar days from receiving the draft. */
		@DefaultValue("14") int consultationMinimumDays) {
}
