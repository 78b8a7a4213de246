package dk.aarshjul.cycle;

import java.time.LocalDate;

/** A cycle's identity and calendar, as the overview reads it for every cycle in one query. */
public record CycleSummary(Long cycleId, String businessKey, int cycleYear, String processInstanceId, Long planId,
		String planCode, String planTitle, LocalDate draftingDeadline, LocalDate consultationDeadline,
		LocalDate financeCommitteeMeeting, LocalDate councilMeeting, LocalDate translationDeadline,
		LocalDate periodEnd) {

	/** A unit that translates the cycle's plan. */
	public record TranslatingUnit(Long cycleId, String unitId) {
	}

	/** One of the cycle's follow-up dates. */
	public record FollowUp(Long cycleId, LocalDate date) {
	}

}
