package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar a process owner sets for one cycle. {@link #problems(int)} checks that the dates
 * come in the cycle's order; each problem is a message key and the field it concerns.
 */
public record CycleCalendar(int cycleYear, LocalDate draftingDeadline, LocalDate consultationDeadline,
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
		require(problems, "draftingDeadline", draftingDeadline);
		require(problems, "consultationDeadline", consultationDeadline);
		require(problems, "financeCommitteeMeeting", financeCommitteeMeeting);
		require(problems, "translationDeadline", translationDeadline);
		require(problems, "periodEnd", periodEnd);
		if (followUpDates == null || followUpDates.isEmpty()) {
			problems.add(new Problem("followUpDates", "cycle.followUpDates.required"));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		after(problems, "consultationDeadline", consultationDeadline, draftingDeadline);
		if (consultationDeadline.isAfter(draftingDeadline)
				&& consultationDeadline.isBefore(draftingDeadline.plusDays(consultationMinimumDays))) {
			problems.add(new Problem("consultationDeadline", "cycle.consultationDeadline.minimum", consultationMinimumDays));
		}
		after(problems, "financeCommitteeMeeting", financeCommitteeMeeting, consultationDeadline);
		if (councilMeeting != null) {
			after(problems, "councilMeeting", councilMeeting, financeCommitteeMeeting);
		}
		after(problems, "translationDeadline", translationDeadline,
				councilMeeting != null ? councilMeeting : financeCommitteeMeeting);
		LocalDate previous = translationDeadline;
		for (LocalDate followUp : followUpDates.stream().sorted().toList()) {
			if (!followUp.isAfter(previous)) {
				problems.add(new Problem("followUpDates", "cycle.followUpDates.order"));
				break;
			}
			previous = followUp;
		}
		if (periodEnd.isBefore(previous)) {
			problems.add(new Problem("periodEnd", "cycle.periodEnd.order"));
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
