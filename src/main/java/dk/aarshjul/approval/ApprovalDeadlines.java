package dk.aarshjul.approval;

import java.util.Date;

import dk.aarshjul.cycle.CycleCalendar;
import org.springframework.stereotype.Component;

/**
 * When a body is to decide, as political-approval.bpmn reads it
 * ({@code ${approvalDeadlines.decisionDue(cycleId, bodyId)}}), from the cycle's calendar, so that the
 * model names only beans of its own package.
 */
@Component
public class ApprovalDeadlines {

	private final CycleCalendar calendar;

	ApprovalDeadlines(CycleCalendar calendar) {
		this.calendar = calendar;
	}

	/** A body decides at its meeting in the cycle's calendar. */
	public Date decisionDue(Long cycleId, String bodyId) {
		return calendar.meetingDate(cycleId, bodyId);
	}

}
