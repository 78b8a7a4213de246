package dk.aarshjul.drafting;

import java.util.Date;

import dk.aarshjul.cycle.CycleCalendar;
import org.springframework.stereotype.Component;

/**
 * The drafting phase's due dates as drafting.bpmn reads them ({@code ${draftingDeadlines.draftDue(cycleId)}}),
 * from the cycle's calendar, so that the model names only beans of its own package.
 */
@Component
public class DraftingDeadlines {

	private final CycleCalendar calendar;

	DraftingDeadlines(CycleCalendar calendar) {
		this.calendar = calendar;
	}

	/** Drafting, the management group's comments and the readiness decision are all due by the drafting deadline. */
	public Date draftDue(Long cycleId) {
		return calendar.draftingDeadline(cycleId);
	}

}
