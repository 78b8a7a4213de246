package dk.aarshjul.followup;

import java.util.Date;

import dk.aarshjul.cycle.CycleCalendar;
import org.springframework.stereotype.Component;

/**
 * A follow-up round's start and due dates as follow-up-round.bpmn reads them
 * ({@code ${followUpDeadlines.reportDue(cycleId, followUpDate, unitId)}}), from the cycle's calendar,
 * so that the model names only beans of its own package.
 */
@Component
public class FollowUpDeadlines {

	private final CycleCalendar calendar;

	FollowUpDeadlines(CycleCalendar calendar) {
		this.calendar = calendar;
	}

	public Date roundStarts(String followUpDate) {
		return calendar.followUpTimer(followUpDate);
	}

	public Date reportDue(Long cycleId, String followUpDate, String unitId) {
		return calendar.statusDeadline(cycleId, followUpDate, unitId);
	}

	public Date reviewDue(Long cycleId, String followUpDate) {
		return calendar.statusReviewDeadline(cycleId, followUpDate);
	}

	public Date notingDue(Long cycleId, String followUpDate) {
		return calendar.statusNotingDeadline(cycleId, followUpDate);
	}

}
