package dk.aarshjul.overview;

import java.time.LocalDate;
import java.util.List;

/**
 * A cycle as the wheel draws it: which plan and year, the phase it is in (null when unknown), and
 * its calendar.
 */
public record WheelCycle(String businessKey, String planCode, String planTitle, int year, String phaseName,
		LocalDate draftingDeadline, LocalDate consultationDeadline, LocalDate financeCommitteeMeeting,
		LocalDate councilMeeting, LocalDate translationDeadline, List<LocalDate> followUpDates,
		LocalDate periodEnd) {

	public String title() {
		return planTitle + " " + year;
	}

}
