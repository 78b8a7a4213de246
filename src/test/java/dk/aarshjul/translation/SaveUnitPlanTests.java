package dk.aarshjul.translation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.plan.FocusArea;
import dk.aarshjul.plan.PlanKind;
import dk.aarshjul.plan.StrategyPlan;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** SaveUnitPlan's refusals: every focus area's problem at once, and nothing looked up to be saved. */
class SaveUnitPlanTests {

	private final UnitPlanRepository unitPlans = mock(UnitPlanRepository.class);

	private final StrategyPlanRepository plans = mock(StrategyPlanRepository.class);

	private final AuditTrail audit = mock(AuditTrail.class);

	private final DelegateTask task = mock(DelegateTask.class);

	private SaveUnitPlan save;

	@BeforeEach
	void planWithThreeFocusAreas() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		save = new SaveUnitPlan(unitPlans, plans, mock(UnitDirectory.class), new FormData(new ObjectMapper(), messages),
				Clock.systemUTC(), audit);
		StrategyPlan plan = new StrategyPlan("RAEKKER", "Demo Kommune", "Rækker", 2052, PlanKind.ADMINISTRATIVE_STRATEGY,
				LocalDate.of(2052, 1, 1), null);
		long id = 11;
		for (String title : new String[] { "Trivsel", "Grøn omstilling", "Digitalisering" }) {
			FocusArea area = plan.addFocusArea(title, null, null, null);
			ReflectionTestUtils.setField(area, "id", id++);
		}
		when(plans.findById(1L)).thenReturn(Optional.of(plan));
		when(task.getVariable("planId")).thenReturn(1L);
		when(task.getVariable("unitId")).thenReturn("job");
		when(task.getVariable("cycleYear")).thenReturn(2052);
	}

	@Test
	void everyFocusAreaWithoutAnAnswerIsNamedAndNothingIsSaved() {
		when(task.getVariable(UnitPlanRows.VARIABLE)).thenReturn("""
				[ { "focusAreaId": 11, "action": " ", "notApplicable": false },
				  { "focusAreaId": 12, "notApplicable": true, "reason": "" },
				  { "focusAreaId": 13, "action": "Selvbetjening.", "notApplicable": false } ]""");

		assertThatThrownBy(() -> save.notify(task)).isInstanceOf(InvalidTaskInputException.class)
			.hasMessageContaining("Indsatsområde 1 \"Trivsel\": Indsats skal udfyldes")
			.hasMessageContaining("Indsatsområde 2 \"Grøn omstilling\": Begrundelse skal udfyldes, når indsatsområdet ikke er relevant.")
			.hasMessageNotContaining("Indsatsområde 3");
		verify(unitPlans, never()).findByPlanIdAndUnitIdAndCycleYear(anyLong(), anyString(), anyInt());
		verify(audit, never()).byTask(any(), any(), any(), any());
	}

	@Test
	void rowsThatDoNotMatchThePlanAreRefused() {
		when(task.getVariable(UnitPlanRows.VARIABLE)).thenReturn("""
				[ { "focusAreaId": 11, "action": "Ja", "notApplicable": false } ]""");

		assertThatThrownBy(() -> save.notify(task)).hasMessageContaining("passer ikke til planens indsatsområder");
		verify(unitPlans, never()).findByPlanIdAndUnitIdAndCycleYear(anyLong(), anyString(), anyInt());
	}

	@Test
	void textThatIsNotJsonIsRefusedInDanish() {
		when(task.getVariable(UnitPlanRows.VARIABLE)).thenReturn("Vi gør det hele.");

		assertThatThrownBy(() -> save.notify(task)).hasMessage("Formularens rækker kunne ikke læses. Genindlæs opgaven, og prøv igen.");
	}

}
