package dk.aarshjul.drafting;

import java.util.Date;

import dk.aarshjul.cycle.CycleCalendar;
import dk.aarshjul.plan.PlanStatusChanges;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

/** drafting.bpmn's own beans read the cycle's calendar and move the plan's status as before (issue #31). */
class DraftingDeadlinesTests {

	private final CycleCalendar calendar = mock(CycleCalendar.class);

	@Test
	void everyDraftingTaskIsDueByTheCalendarsDraftingDeadline() {
		Date deadline = new Date(1_000L);
		when(calendar.draftingDeadline(7L)).thenReturn(deadline);

		assertThat(new DraftingDeadlines(calendar).draftDue(7L)).isEqualTo(deadline);
	}

	@Test
	void startingDraftingMakesThePlanADraft() {
		PlanStatusChanges statuses = mock(PlanStatusChanges.class);

		new PlanInDrafting(statuses).mark(4L);

		verify(statuses).draft(4L);
		verifyNoMoreInteractions(statuses);
	}

}
