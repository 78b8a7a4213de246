package dk.aarshjul.consultation;

import java.util.Date;

import dk.aarshjul.cycle.CycleCalendar;
import org.springframework.stereotype.Component;

/**
 * The hearing's due dates and its closing time as med-consultation.bpmn reads them
 * ({@code ${consultationDeadlines.statementDue(cycleId)}}), from the cycle's calendar, so that the
 * model names only beans of its own package.
 */
@Component
public class ConsultationDeadlines {

	private final CycleCalendar calendar;

	ConsultationDeadlines(CycleCalendar calendar) {
		this.calendar = calendar;
	}

	public Date statementDue(Long cycleId) {
		return calendar.consultationDeadline(cycleId);
	}

	/** The hearing closes when the day after its deadline begins. */
	public Date hearingCloses(Long cycleId) {
		return calendar.consultationDeadlineTimer(cycleId);
	}

	/** The board answers the statement, and adjusts the draft after it, by the same day. */
	public Date answerDue(Long cycleId) {
		return calendar.consultationAnswerDeadline(cycleId);
	}

}
