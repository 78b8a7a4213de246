package dk.aarshjul.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One running plan cycle on the overview: where it is, who holds it since when, what is late, and
 * for the translation which units have answered.
 */
public record OverviewRow(Long cycleId, String businessKey, String planCode, String planTitle, int year,
		String phase, String phaseName, String processInstanceId, List<OpenTask> tasks, long daysOverdue,
		int unitsDone, int unitsTotal, List<String> missingUnits, List<String> unitIds, Calendar calendar) {

	/** An open task of the cycle and who holds it, by name. */
	public record OpenTask(String id, String name, String heldBy, Instant waitingSince, Instant due,
			long daysOverdue) {

		public boolean overdue() {
			return daysOverdue > 0;
		}

	}

	/** The cycle's dates, for the year wheel. */
	public record Calendar(LocalDate draftingDeadline, LocalDate consultationDeadline,
			LocalDate financeCommitteeMeeting, LocalDate councilMeeting, LocalDate translationDeadline,
			List<LocalDate> followUpDates, LocalDate periodEnd) {
	}

	public boolean overdue() {
		return daysOverdue > 0;
	}

	public Instant waitingSince() {
		return tasks.stream().map(OpenTask::waitingSince).min(Instant::compareTo).orElse(null);
	}

	public Instant nextDue() {
		return tasks.stream().map(OpenTask::due).filter(due -> due != null).min(Instant::compareTo).orElse(null);
	}

}
