package dk.aarshjul.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.plan.FocusArea;
import dk.aarshjul.plan.Goal;
import dk.aarshjul.plan.PlanKind;
import dk.aarshjul.plan.StrategyPlan;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** SaveStatusReport's refusals: every goal's problem at once, and no report saved. */
class SaveStatusReportTests {

	@Test
	void everyGoalWithoutALightOrWithoutTheCommentItNeedsIsNamedAndNothingIsSaved() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		StatusReportRepository reports = mock(StatusReportRepository.class);
		StrategyPlanRepository plans = mock(StrategyPlanRepository.class);
		AuditTrail audit = mock(AuditTrail.class);
		SaveStatusReport save = new SaveStatusReport(reports, plans, new FormData(new ObjectMapper(), messages),
				Clock.systemUTC(), audit, mock(dk.aarshjul.indicator.IndicatorValues.class));
		StrategyPlan plan = new StrategyPlan("RAEKKER", "Demo Kommune", "Rækker", 2052, PlanKind.ADMINISTRATIVE_STRATEGY,
				LocalDate.of(2052, 1, 1), null);
		FocusArea area = plan.addFocusArea("Trivsel", null, null, null);
		long id = 21;
		for (String description : new String[] { "Mindre fravær", "Flere målinger", "Bedre APV", "Færre klager" }) {
			Goal goal = area.addGoal(description, null, null, null);
			ReflectionTestUtils.setField(goal, "id", id++);
		}
		DelegateTask task = mock(DelegateTask.class);
		when(plans.findById(1L)).thenReturn(Optional.of(plan));
		when(task.getVariable("planId")).thenReturn(1L);
		when(task.getVariable("unitId")).thenReturn("job");
		when(task.getVariable("followUpDate")).thenReturn("2052-06-30");
		when(task.getVariable(PrepareStatusReportForm.VARIABLE)).thenReturn("""
				[ { "goalId": 21, "light": "GREEN", "comment": "" },
				  { "goalId": 22, "light": "", "comment": "" },
				  { "goalId": 23, "light": "RED", "comment": " " },
				  { "goalId": 24, "light": "LILLA", "comment": "Hm." } ]""");

		assertThatThrownBy(() -> save.notify(task)).isInstanceOf(InvalidTaskInputException.class)
			.hasMessageContaining("Mål 2 \"Flere målinger\": Status skal være grøn, gul eller rød.")
			.hasMessageContaining("Mål 3 \"Bedre APV\": Kommentar skal udfyldes, når status er gul eller rød.")
			.hasMessageContaining("Mål 4 \"Færre klager\": Status skal være grøn, gul eller rød.")
			.hasMessageNotContaining("Mål 1");
		verify(reports, never()).save(any());
		verify(audit, never()).byTask(any(), any(), any(), any());
	}

}
