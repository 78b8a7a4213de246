package dk.aarshjul.followup;

import java.util.Date;
import java.util.List;

import dk.aarshjul.cycle.CycleCalendar;
import dk.aarshjul.cycle.TranslationUnits;
import dk.aarshjul.translation.UnitDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** follow-up-round.bpmn's own beans: the calendar's dates for the round, the cycle's units and their leaders (issue #31). */
class FollowUpDeadlinesTests {

	@Test
	void eachDateIsTheCalendarsOwn() {
		CycleCalendar calendar = mock(CycleCalendar.class);
		when(calendar.followUpTimer("2060-06-01")).thenReturn(new Date(1_000L));
		when(calendar.statusDeadline(7L, "2060-06-01", "skoler")).thenReturn(new Date(2_000L));
		when(calendar.statusReviewDeadline(7L, "2060-06-01")).thenReturn(new Date(3_000L));
		when(calendar.statusNotingDeadline(7L, "2060-06-01")).thenReturn(new Date(4_000L));

		FollowUpDeadlines deadlines = new FollowUpDeadlines(calendar);

		assertThat(deadlines.roundStarts("2060-06-01")).isEqualTo(new Date(1_000L));
		assertThat(deadlines.reportDue(7L, "2060-06-01", "skoler")).isEqualTo(new Date(2_000L));
		assertThat(deadlines.reviewDue(7L, "2060-06-01")).isEqualTo(new Date(3_000L));
		assertThat(deadlines.notingDue(7L, "2060-06-01")).isEqualTo(new Date(4_000L));
	}

	@Test
	void theUnitsThatTranslatedReportEachByItsLeaders() {
		TranslationUnits translating = mock(TranslationUnits.class);
		when(translating.of(7L)).thenReturn(List.of("skoler", "hr"));
		UnitDirectory directory = mock(UnitDirectory.class);
		when(directory.leadersGroup("skoler")).thenReturn("unit-skoler-leaders");

		ReportingUnits reporting = new ReportingUnits(translating, directory);

		assertThat(reporting.of(7L)).containsExactly("skoler", "hr");
		assertThat(reporting.leadersGroup("skoler")).isEqualTo("unit-skoler-leaders");
	}

}
