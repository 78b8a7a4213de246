package dk.aarshjul.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.deadline.DeadlineProperties;
import dk.aarshjul.organisation.CamundaGroups;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitKind;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.plan.PlanKind;
import dk.aarshjul.plan.StrategyPlan;
import dk.aarshjul.plan.StrategyPlanRepository;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Registering a cycle: a process owner's request for a known plan is saved, attached and audited
 * with every unit but the executive board translating; anyone else, or a plan unknown or already
 * running that year, is refused in Danish and nothing is saved.
 */
class CycleRegistrationTests {

	private final StrategyPlanRepository plans = mock(StrategyPlanRepository.class);

	private final StrategyCycleRepository cycles = mock(StrategyCycleRepository.class);

	private final UnitRepository units = mock(UnitRepository.class);

	// no group query is stubbed: its count is 0, nobody is a member by the directory
	private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);

	private final AuditTrail audit = mock(AuditTrail.class);

	private CycleRegistration registration;

	private final CycleRegistration.Starter processOwner = new CycleRegistration.Starter("olivia",
			List.of(CamundaGroups.PROCESS_OWNERS));

	@BeforeEach
	void aPlanAndTwoUnits() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		registration = new CycleRegistration(plans, cycles, units, identity, messages,
				Clock.fixed(Instant.parse("2026-11-02T08:00:00Z"), ZoneOffset.UTC), new DeadlineProperties(3, 5, 5, 14),
				audit);
		when(plans.findFirstByCodeOrderByYearDesc("DEMO")).thenReturn(Optional.of(new StrategyPlan("DEMO",
				"Demo Kommune", "Demo", 2027, PlanKind.ADMINISTRATIVE_STRATEGY, LocalDate.of(2027, 1, 1), null)));
		Unit board = mock(Unit.class);
		when(board.getKind()).thenReturn(UnitKind.EXECUTIVE_BOARD);
		when(board.getId()).thenReturn("direktion");
		Unit job = mock(Unit.class);
		when(job.getKind()).thenReturn(UnitKind.CORE_AREA);
		when(job.getId()).thenReturn("job");
		when(units.findAllByOrderByPosition()).thenReturn(List.of(board, job));
	}

	@Test
	void aProcessOwnersRequestIsSavedAttachedAndAudited() {
		StrategyCycle cycle = registration.registerCycle(CycleDriver.calendar("DEMO", 2027), processOwner, "instance-1");

		assertThat(cycle.getBusinessKey()).isEqualTo("DEMO-2027");
		assertThat(cycle.getCycleYear()).isEqualTo(2027);
		assertThat(cycle.getTranslatingUnitIds()).containsExactly("job");
		verify(cycles).save(cycle);
		verify(audit).record(isNull(), eq("olivia"), eq(AuditAction.CYCLE_STARTED), eq("DEMO"), isNull());
	}

	@Test
	void someoneNotAProcessOwnerIsRefusedAndNothingIsSaved() {
		CycleRefusedException refused = catchThrowableOfType(CycleRefusedException.class,
				() -> registration.registerCycle(CycleDriver.calendar("DEMO", 2027),
						new CycleRegistration.Starter("karen", List.of("direktion")), "instance-1"));

		assertThat(refused.summary()).isEqualTo("Cyklussen blev ikke startet.");
		assertThat(refused.problems()).extracting(CycleRefusedException.FieldMessage::message)
			.containsExactly("Kun procesejere og administratorer kan starte et årshjul.");
		verify(cycles, never()).save(any());
		verify(audit, never()).record(any(), any(), any(), any(), any());
	}

	@Test
	void anUnknownPlanOrASecondCycleThatYearIsRefusedAndNothingIsSaved() {
		Map<String, Object> unknown = CycleDriver.calendar("UKENDT", 2027);
		CycleRefusedException refused = catchThrowableOfType(CycleRefusedException.class,
				() -> registration.registerCycle(unknown, processOwner, "instance-1"));
		assertThat(refused.problems()).extracting(CycleRefusedException.FieldMessage::message)
			.containsExactly("Der findes ingen plan med koden UKENDT.");

		when(cycles.existsByPlanCodeAndCycleYear("DEMO", 2027)).thenReturn(true);
		CycleRefusedException twice = catchThrowableOfType(CycleRefusedException.class,
				() -> registration.registerCycle(CycleDriver.calendar("DEMO", 2027), processOwner, "instance-2"));
		assertThat(twice.problems()).extracting(CycleRefusedException.FieldMessage::message).containsExactly(
				"Der kører allerede en cyklus for planen DEMO i 2027. Der kan kun være én cyklus pr. plan og år.");
		verify(cycles, never()).save(any());
		verify(audit, never()).record(any(), any(), any(), any(), any());
	}

}
