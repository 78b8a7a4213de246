package dk.aarshjul.approval;

import java.util.Date;

import dk.aarshjul.cycle.CycleCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** political-approval.bpmn's decision is due at the body's meeting in the cycle's calendar (issue #31). */
class ApprovalDeadlinesTests {

	@Test
	void aBodyDecidesAtItsOwnMeeting() {
		CycleCalendar calendar = mock(CycleCalendar.class);
		when(calendar.meetingDate(7L, "byraad")).thenReturn(new Date(1_000L));
		when(calendar.meetingDate(7L, "oekonomiudvalg")).thenReturn(new Date(2_000L));

		ApprovalDeadlines deadlines = new ApprovalDeadlines(calendar);

		assertThat(deadlines.decisionDue(7L, "byraad")).isEqualTo(new Date(1_000L));
		assertThat(deadlines.decisionDue(7L, "oekonomiudvalg")).isEqualTo(new Date(2_000L));
	}

}
