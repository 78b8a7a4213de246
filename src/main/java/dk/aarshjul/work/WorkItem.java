package dk.aarshjul.work;

import java.time.LocalDate;

/**
 * One open task on the work page: what it is, of which plan, year, phase and unit, its deadline
 * (none: null) and how many days are left until it (negative: late), and where Tasklist opens it.
 */
public record WorkItem(String taskId, String name, String planTitle, Integer year, String phase, String concerns,
		LocalDate deadline, Long daysLeft, String tasklistLink) {

	public boolean late() {
		return daysLeft != null && daysLeft < 0;
	}

	public boolean today() {
		return daysLeft != null && daysLeft == 0;
	}

	public long daysLate() {
		return daysLeft == null ? 0 : -daysLeft;
	}

}
