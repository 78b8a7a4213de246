package dk.aarshjul.cycle;

import java.time.LocalDate;

/** A cycle's identity and calendar, as Cockpit's pages read it for the instances they show. */
public record CycleSummary(Long cycleId, String businessKey, int cycleYear, String processInstanceId, Long planId,
		String planCode, String planTitle, LocalDate draftingDeadline, LocalDate consultationDeadline,
		LocalDate financeCommitteeMeeting, LocalDate councilMeeting, LocalDate translationDeadline,
		LocalDate periodEnd) {

}
