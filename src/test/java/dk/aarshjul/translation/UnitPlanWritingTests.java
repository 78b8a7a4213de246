package dk.aarshjul.translation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.plan.FocusArea;
import dk.aarshjul.plan.PlanKind;
import dk.aarshjul.plan.StrategyPlan;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.InvalidTaskInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Writing a unit's plan: an answer for every focus area is saved, submitted and audited; any
 * problem refuses the whole plan in Danish, naming every focus area at once, and saves nothing.
 */
class UnitPlanWritingTests {

	private static final Instant NOW = Instant.parse("2052-03-02T09:00:00Z");

	private final UnitPlanRepository unitPlans = mock(UnitPlanRepository.class);

	private final StrategyPlanRepository plans = mock(StrategyPlanRepository.class);

	private final UnitDirectory directory = mock(UnitDirectory.class);

	private final AuditTrail audit = mock(AuditTrail.class);

	private final ObjectMapper json = new ObjectMapper();

	private UnitPlanWriting writing;

	private StrategyPlan plan;

	@BeforeEach
	void planWithThreeFocusAreas() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		writing = new UnitPlanWriting(unitPlans, plans, directory, new FormData(json, messages),
				Clock.fixed(NOW, ZoneOffset.UTC), audit);
		plan = new StrategyPlan("RAEKKER", "Demo Kommune", "Rækker", 2052, PlanKind.ADMINISTRATIVE_STRATEGY,
				LocalDate.of(2052, 1, 1), null);
		long id = 11;
		for (String title : new String[] { "Trivsel", "Grøn omstilling", "Digitalisering" }) {
			FocusArea area = plan.addFocusArea(title, null, null, null);
			ReflectionTestUtils.setField(area, "id", id++);
		}
		when(plans.findById(1L)).thenReturn(Optional.of(plan));
	}

	@Test
	void anAnswerForEveryFocusAreaIsSavedSubmittedAndAuditedAndGoesToLocalMedWhenAskedFor() throws Exception {
		UnitPlan unitPlan = new UnitPlan(plan, "job", 2052);
		when(unitPlans.findByPlanIdAndUnitIdAndCycleYear(1L, "job", 2052)).thenReturn(Optional.of(unitPlan));
		when(directory.hasLocalMed("job")).thenReturn(true);

		boolean toLocalMed = writing.submitUnitPlan(submission("""
				[ { "focusAreaId": 11, "action": " Trivselsmåling hvert år. ", "notApplicable": false },
				  { "focusAreaId": 12, "notApplicable": true, "reason": "Vi har ingen bygninger." },
				  { "focusAreaId": 13, "action": "Selvbetjening.", "notApplicable": false } ]""", true));

		assertThat(toLocalMed).isTrue();
		assertThat(unitPlan.getEntries()).extracting(UnitPlanEntry::getAction, UnitPlanEntry::getNotApplicableReason)
			.containsExactly(tuple("Trivselsmåling hvert år.", null), tuple(null, "Vi har ingen bygninger."),
					tuple("Selvbetjening.", null));
		assertThat(unitPlan.getStatus()).isEqualTo(UnitPlan.Status.SUBMITTED);
		assertThat(unitPlan.getSubmittedBy()).isEqualTo("dorthe");
		assertThat(unitPlan.getSubmittedAt()).isEqualTo(NOW);
		verify(audit).record(3L, "dorthe", AuditAction.UNIT_PLAN_SUBMITTED, "job", null);
	}

	@Test
	void aUnitWithoutLocalMedGoesStraightToReviewWhateverTheFormSays() throws Exception {
		when(unitPlans.findByPlanIdAndUnitIdAndCycleYear(1L, "job", 2052))
			.thenReturn(Optional.of(new UnitPlan(plan, "job", 2052)));
		when(directory.hasLocalMed("job")).thenReturn(false);

		assertThat(writing.submitUnitPlan(submission("""
				[ { "focusAreaId": 11, "action": "A" }, { "focusAreaId": 12, "action": "B" },
				  { "focusAreaId": 13, "action": "C" } ]""", true))).isFalse();
	}

	@Test
	void everyFocusAreaWithoutAnAnswerIsNamedAndNothingIsSaved() throws Exception {
		assertThatThrownBy(() -> writing.submitUnitPlan(submission("""
				[ { "focusAreaId": 11, "action": " ", "notApplicable": false },
				  { "focusAreaId": 12, "notApplicable": true, "reason": "" },
				  { "focusAreaId": 13, "action": "Selvbetjening.", "notApplicable": false } ]""", false)))
			.isInstanceOf(InvalidTaskInputException.class)
			.hasMessageContaining("Indsatsområde 1 \"Trivsel\": Indsats skal udfyldes")
			.hasMessageContaining("Indsatsområde 2 \"Grøn omstilling\": Begrundelse skal udfyldes, når indsatsområdet ikke er relevant.")
			.hasMessageNotContaining("Indsatsområde 3");
		verify(unitPlans, never()).findByPlanIdAndUnitIdAndCycleYear(anyLong(), anyString(), anyInt());
		verify(audit, never()).record(any(), any(), any(), any(), any());
	}

	@Test
	void anAnswerTooLongIsRefusedWithTheLimit() throws Exception {
		String tooLong = "x".repeat(UnitPlanWriting.MAX_LENGTH + 1);

		assertThatThrownBy(() -> writing.submitUnitPlan(submission("""
				[ { "focusAreaId": 11, "action": "%s" }, { "focusAreaId": 12, "action": "B" },
				  { "focusAreaId": 13, "action": "C" } ]""".formatted(tooLong), false)))
			.hasMessage("Indsatsområde 1 \"Trivsel\": teksten må højst være 4000 tegn.");
		verify(unitPlans, never()).findByPlanIdAndUnitIdAndCycleYear(anyLong(), anyString(), anyInt());
	}

	@Test
	void rowsThatDoNotMatchThePlanAreRefused() throws Exception {
		assertThatThrownBy(() -> writing.submitUnitPlan(submission("""
				[ { "focusAreaId": 11, "action": "Ja", "notApplicable": false } ]""", false)))
			.hasMessageContaining("passer ikke til planens indsatsområder");
		verify(unitPlans, never()).findByPlanIdAndUnitIdAndCycleYear(anyLong(), anyString(), anyInt());
	}

	@Test
	void rowsThatAreNotAListAreRefusedInDanish() throws Exception {
		assertThatThrownBy(() -> writing.submitUnitPlan(submission("\"Vi gør det hele.\"", false)))
			.hasMessage("Formularens rækker kunne ikke læses. Genindlæs opgaven, og prøv igen.");
		verify(audit, never()).record(any(), any(), any(), any(), any());
	}

	private UnitPlanWriting.Submission submission(String rows, boolean discussInLocalMed) throws Exception {
		JsonNode tree = json.readTree(rows);
		return new UnitPlanWriting.Submission(3L, 1L, "job", 2052, tree, discussInLocalMed, "dorthe");
	}

}
