package dk.aarshjul.translation;

import java.util.Date;

import dk.aarshjul.cycle.CycleCalendar;
import org.springframework.stereotype.Component;

/**
 * A unit's translation due dates as unit-translation.bpmn reads them
 * ({@code ${translationDeadlines.unitPlanDue(cycleId, unitId)}}), from the cycle's calendar, so that
 * the model names only beans of its own package.
 */
@Component
public class TranslationDeadlines {

	private final CycleCalendar calendar;

	TranslationDeadlines(CycleCalendar calendar) {
		this.calendar = calendar;
	}

	/** Writing the unit plan and discussing it in local MED are due by the unit's translation deadline. */
	public Date unitPlanDue(Long cycleId, String unitId) {
		return calendar.translationDeadline(cycleId, unitId);
	}

	public Date reviewDue(Long cycleId, String unitId) {
		return calendar.translationReviewDeadline(cycleId, unitId);
	}

}
