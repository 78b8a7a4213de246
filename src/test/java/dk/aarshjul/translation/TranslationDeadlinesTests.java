package dk.aarshjul.translation;

import java.util.Date;

import dk.aarshjul.cycle.CycleCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** unit-translation.bpmn's dates are the cycle calendar's, per unit (issue #31). */
class TranslationDeadlinesTests {

	@Test
	void theUnitPlanAndItsReviewAreDueByTheCalendarsDatesForTheUnit() {
		CycleCalendar calendar = mock(CycleCalendar.class);
		when(calendar.translationDeadline(7L, "skoler")).thenReturn(new Date(1_000L));
		when(calendar.translationReviewDeadline(7L, "skoler")).thenReturn(new Date(2_000L));

		TranslationDeadlines deadlines = new TranslationDeadlines(calendar);

		assertThat(deadlines.unitPlanDue(7L, "skoler")).isEqualTo(new Date(1_000L));
		assertThat(deadlines.reviewDue(7L, "skoler")).isEqualTo(new Date(2_000L));
	}

}
