package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar a process owner sets for one cycle. {@link #problems(int)} checks that the dates
 * come in the cycle's order; each problem is a message key and the field it concerns.
 */
public record CalendarDates(int cycleYear, LocalDate draftingDeadline, LocalDate consultationDeadline,
		LocalDate financeCommitteeMeeting, LocalDate councilMeeting, LocalDate translationDeadline,
		List<LocalDate> followUpDates, LocalDate periodEnd) {

	public record Problem(String field, String messageKey, Object... arguments) {
	}

	/**
	 * @param consultationMinimumDays the calendar days Hovedudvalget has at least between the
	 *        drafting deadline (when the draft goes out) and the consultation deadline
	 */
	public List<Problem> problems(int consultationMinimumDays) {
		List<Problem> problems = new ArrayList<>();
		if (cycleYear < 2000 || cycleYear > 2100) {
			problems.add(new Problem("cycleYear", "cycle.year.range"));
		}
		require(problems, CalendarFieldNames.DRAFTING_DEADLINE, draftingDeadline);
		require(problems, CalendarFieldNames.CONSULTATION_DEADLINE, consultationDeadline);
		require(problems, CalendarFieldNames.FINANCE_COMMITTEE_MEETING, financeCommitteeMeeting);
		require(problems, CalendarFieldNames.TRANSLATION_DEADLINE, translationDeadline);
		require(problems, CalendarFieldNames.PERIOD_END, periodEnd);
		if (followUpDates == null || followUpDates.isEmpty()) {
			problems.add(new Problem(CalendarFieldNames.FOLLOW_UP_DATES, "cycle.followUpDates.required"));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		after(problems, CalendarFieldNames.CONSULTATION_DEADLINE, consultationDeadline, draftingDeadline);
		if (consultationDeadline.isAfter(draftingDeadline)
				&& consultationDeadline.isBefore(draftingDeadline.plusDays(consultationMinimumDays))) {
			problems.add(new Problem(CalendarFieldNames.CONSULTATION_DEADLINE, "cycle.consultationDeadline.minimum",
					consultationMinimumDays));
		}
		after(problems, CalendarFieldNames.FINANCE_COMMITTEE_MEETING, financeCommitteeMeeting, consultationDeadline);
		if (councilMeeting != null) {
			after(problems, CalendarFieldNames.COUNCIL_MEETING, councilMeeting, financeCommitteeMeeting);
		}
		after(problems, CalendarFieldNames.TRANSLATION_DEADLINE, translationDeadline,
				councilMeeting != null ? councilMeeting : financeCommitteeMeeting);
		LocalDate previous = translationDeadline;
		for (LocalDate followUp : followUpDates.stream().sorted().toList()) {
			if (!followUp.isAfter(previous)) {
				problems.add(new Problem(CalendarFieldNames.FOLLOW_UP_DATES, "cycle.followUpDates.order"));
				break;
			}
			previous = followUp;
		}
		if (periodEnd.isBefore(previous)) {
			problems.add(new Problem(CalendarFieldNames.PERIOD_END, "cycle.periodEnd.order"));
		}
		return problems;
	}

	private static void require(List<Problem> problems, String field, LocalDate date) {
		if (date == null) {
			problems.add(new Problem(field, "cycle." + field + ".required"));
		}
	}

	private static void after(List<Problem> problems, String field, LocalDate date, LocalDate earlier) {
		if (!date.isAfter(earlier)) {
			problems.add(new Problem(field, "cycle." + field + ".order"));
		}
	}

}
