package dk.aarshjul.consultation;

import java.util.Date;

import dk.aarshjul.cycle.CycleCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** med-consultation.bpmn's dates are the cycle calendar's, each from its own date (issue #31). */
class ConsultationDeadlinesTests {

	private final CycleCalendar calendar = mock(CycleCalendar.class);

	private final ConsultationDeadlines deadlines = new ConsultationDeadlines(calendar);

	@Test
	void eachDateIsTheCalendarsOwn() {
		when(calendar.consultationDeadline(7L)).thenReturn(new Date(1_000L));
		when(calendar.consultationDeadlineTimer(7L)).thenReturn(new Date(2_000L));
		when(calendar.consultationAnswerDeadline(7L)).thenReturn(new Date(3_000L));

		assertThat(deadlines.statementDue(7L)).isEqualTo(new Date(1_000L));
		assertThat(deadlines.hearingCloses(7L)).isEqualTo(new Date(2_000L));
		assertThat(deadlines.answerDue(7L)).isEqualTo(new Date(3_000L));
	}

}
