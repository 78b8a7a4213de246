package dk.aarshjul.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.indicator.IndicatorValues;
import dk.aarshjul.plan.FocusArea;
import dk.aarshjul.plan.Goal;
import dk.aarshjul.plan.PlanKind;
import dk.aarshjul.plan.StrategyPlan;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.InvalidTaskInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A unit's status report: every goal's light (and the comment yellow and red need) is saved,
 * submitted and audited; any problem refuses the report in Danish, naming every goal at once, and
 * saves nothing.
 */
class StatusReportingTests {

	private static final Instant NOW = Instant.parse("2052-07-01T08:00:00Z");

	private static final LocalDate ROUND = LocalDate.of(2052, 6, 30);

	private final StatusReportRepository reports = mock(StatusReportRepository.class);

	private final StrategyPlanRepository plans = mock(StrategyPlanRepository.class);

	private final AuditTrail audit = mock(AuditTrail.class);

	private final IndicatorValues indicatorValues = mock(IndicatorValues.class);

	private final ObjectMapper json = new ObjectMapper();

	private StatusReporting reporting;

	@BeforeEach
	void planWithFourGoals() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		reporting = new StatusReporting(reports, plans, new FormData(json, messages), Clock.fixed(NOW, ZoneOffset.UTC),
				audit, indicatorValues);
		StrategyPlan plan = new StrategyPlan("RAEKKER", "Demo Kommune", "Rækker", 2052, PlanKind.ADMINISTRATIVE_STRATEGY,
				LocalDate.of(2052, 1, 1), null);
		FocusArea area = plan.addFocusArea("Trivsel", null, null, null);
		long id = 21;
		for (String description : new String[] { "Mindre fravær", "Flere målinger", "Bedre APV", "Færre klager" }) {
			Goal goal = area.addGoal(description, null, null, null);
			ReflectionTestUtils.setField(goal, "id", id++);
		}
		when(plans.findById(1L)).thenReturn(Optional.of(plan));
	}

	@Test
	void everyGoalsLightIsSavedSubmittedAndAudited() throws Exception {
		reporting.reportStatus(submission("""
				[ { "goalId": 21, "light": "GREEN", "comment": "" },
				  { "goalId": 22, "light": "YELLOW", "comment": "Forsinket." },
				  { "goalId": 23, "light": "RED", "comment": " Ingen APV i år. " },
				  { "goalId": 24, "light": "GREEN", "comment": "Godt." } ]"""));

		ArgumentCaptor<StatusReport> saved = ArgumentCaptor.forClass(StatusReport.class);
		verify(reports).save(saved.capture());
		StatusReport report = saved.getValue();
		assertThat(report.getUnitId()).isEqualTo("job");
		assertThat(report.getPeriodEnd()).isEqualTo(ROUND);
		assertThat(report.getSubmittedBy()).isEqualTo("nina");
		assertThat(report.getSubmittedAt()).isEqualTo(NOW);
		assertThat(report.getGoalStatuses()).extracting(GoalStatus::getTrafficLight, GoalStatus::getComment)
			.containsExactly(tuple(TrafficLight.GREEN, null), tuple(TrafficLight.YELLOW, "Forsinket."),
					tuple(TrafficLight.RED, "Ingen APV i år."), tuple(TrafficLight.GREEN, "Godt."));
		verify(audit).record(3L, "nina", AuditAction.STATUS_REPORTED, "job 2052-06-30", null);
	}

	@Test
	void everyGoalWithoutALightOrWithoutTheCommentItNeedsIsNamedAndNothingIsSaved() throws Exception {
		assertThatThrownBy(() -> reporting.reportStatus(submission("""
				[ { "goalId": 21, "light": "GREEN", "comment": "" },
				  { "goalId": 22, "light": "", "comment": "" },
				  { "goalId": 23, "light": "RED", "comment": " " },
				  { "goalId": 24, "light": "LILLA", "comment": "Hm." } ]""")))
			.isInstanceOf(InvalidTaskInputException.class)
			.hasMessageContaining("Mål 2 \"Flere målinger\": Status skal være grøn, gul eller rød.")
			.hasMessageContaining("Mål 3 \"Bedre APV\": Kommentar skal udfyldes, når status er gul eller rød.")
			.hasMessageContaining("Mål 4 \"Færre klager\": Status skal være grøn, gul eller rød.")
			.hasMessageNotContaining("Mål 1");
		verify(reports, never()).save(any());
		verify(audit, never()).record(any(), any(), any(), any(), any());
	}

	@Test
	void aCommentTooLongOrRowsThatDoNotMatchThePlanAreRefused() throws Exception {
		String tooLong = "x".repeat(StatusReporting.MAX_COMMENT + 1);
		assertThatThrownBy(() -> reporting.reportStatus(submission("""
				[ { "goalId": 21, "light": "RED", "comment": "%s" }, { "goalId": 22, "light": "GREEN" },
				  { "goalId": 23, "light": "GREEN" }, { "goalId": 24, "light": "GREEN" } ]""".formatted(tooLong))))
			.hasMessage("Mål 1 \"Mindre fravær\": Kommentar må højst være 4000 tegn.");
		assertThatThrownBy(() -> reporting.reportStatus(submission("""
				[ { "goalId": 21, "light": "GREEN" } ]""")))
			.hasMessage("Statusrapporten passer ikke til planens mål (planen er ændret). Genindlæs opgaven.");
		assertThatThrownBy(() -> reporting.reportStatus(submission("{ \"goalId\": 21 }")))
			.hasMessage("Formularens rækker kunne ikke læses. Genindlæs opgaven, og prøv igen.");
		verify(reports, never()).save(any());
		verify(audit, never()).record(any(), any(), any(), any(), any());
	}

	private StatusReporting.Submission submission(String rows) throws Exception {
		return new StatusReporting.Submission(3L, 1L, "job", ROUND, json.readTree(rows), "nina");
	}

}
