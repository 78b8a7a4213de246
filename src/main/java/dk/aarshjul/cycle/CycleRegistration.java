package dk.aarshjul.cycle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.cycle.CycleRefusedException.FieldMessage;
import dk.aarshjul.deadline.DeadlineProperties;
import dk.aarshjul.organisation.CamundaGroups;
import dk.aarshjul.organisation.UnitKind;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.plan.StrategyPlan;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.task.CycleVariables;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Registering a cycle, the first job of every cycle however it was started: a process owner (or an
 * administrator) started it, the plan exists, the calendar holds together, and the plan has no
 * cycle for that year yet. Every problem is named at once, in Danish; a refusal saves nothing.
 */
@Service
class CycleRegistration {

	/** Who starts the cycle: their user id (null when nobody is signed in) and the groups their sign-in gave them. */
	record Starter(String userId, List<String> signedInGroups) {
	}

	private final StrategyPlanRepository plans;

	private final StrategyCycleRepository cycles;

	private final UnitRepository units;

	private final IdentityService identity;

	private final MessageSource messages;

	private final Clock clock;

	private final DeadlineProperties deadlines;

	private final AuditTrail audit;

	CycleRegistration(StrategyPlanRepository plans, StrategyCycleRepository cycles, UnitRepository units,
			IdentityService identity, MessageSource messages, Clock clock, DeadlineProperties deadlines, AuditTrail audit) {
		this.plans = plans;
		this.cycles = cycles;
		this.units = units;
		this.identity = identity;
		this.messages = messages;
		this.clock = clock;
		this.deadlines = deadlines;
		this.audit = audit;
	}

	/**
	 * Saves the cycle the start request asks for, attached to its process instance, every unit but
	 * the executive board chosen to translate the plan, and audits it.
	 * @throws CycleRefusedException naming each field's problem, when anything is wrong
	 */
	StrategyCycle registerCycle(Map<String, Object> startRequest, Starter starter, String processInstanceId) {
		StartRequestReader request = new StartRequestReader(startRequest, this::message);
		CalendarDates calendar = request.calendar();
		List<FieldMessage> problems = new ArrayList<>(request.problems());
		calendar.problems(deadlines.consultationMinimumDays())
			.forEach(p -> problems.add(new FieldMessage(p.field(), message(p.messageKey(), p.arguments()))));
		if (starter.userId() == null || !mayStartCycles(starter)) {
			throw new CycleRefusedException(message("cycle.refused"),
					List.of(new FieldMessage(CycleVariables.START_PLAN_CODE, message("cycle.forbidden"))));
		}
		StrategyPlan plan = plan(request, calendar, problems);
		if (!problems.isEmpty()) {
			throw new CycleRefusedException(message("cycle.refused"), problems);
		}
		// the plan's period follows the cycle's year, and so do goals carried over with last period's dates
		plan.followCycleYear(calendar.cycleYear());
		StrategyCycle cycle = new StrategyCycle(plan, calendar, starter.userId(), clock.instant());
		cycle.chooseTranslatingUnits(units.findAllByOrderByPosition()
			.stream()
			.filter(unit -> unit.getKind() != UnitKind.EXECUTIVE_BOARD)
			.map(unit -> unit.getId())
			.toList());
		cycle.attachTo(processInstanceId);
		cycles.save(cycle);
		audit.record(cycle.getId(), starter.userId(), AuditAction.CYCLE_STARTED, plan.getCode(), null);
		return cycle;
	}

	/** The plan the request names, when it exists and has no cycle that year; else a problem named. */
	private StrategyPlan plan(StartRequestReader request, CalendarDates calendar, List<FieldMessage> problems) {
		if (request.planCode().isEmpty()) {
			problems.add(new FieldMessage(CycleVariables.START_PLAN_CODE, message("cycle.plan.required")));
			return null;
		}
		StrategyPlan plan = plans.findFirstByCodeOrderByYearDesc(request.planCode().get()).orElse(null);
		if (plan == null) {
			problems.add(new FieldMessage(CycleVariables.START_PLAN_CODE,
					message("cycle.plan.unknown", request.planCode().get())));
		}
		else if (cycles.existsByPlanCodeAndCycleYear(plan.getCode(), calendar.cycleYear())) {
			problems.add(new FieldMessage(CycleVariables.START_PLAN_CODE,
					message("cycle.duplicate", plan.getCode(), String.valueOf(calendar.cycleYear()))));
		}
		return plan;
	}

	/**
	 * Process owners, and administrators, who may do what a process owner may: an administrator
	 * by role or directory group is camunda-admin only in the groups the sign-in gave them.
	 */
	private boolean mayStartCycles(Starter starter) {
		List<String> signedIn = starter.signedInGroups();
		if (signedIn != null && (signedIn.contains(CamundaGroups.PROCESS_OWNERS)
				|| signedIn.contains(CamundaGroups.ADMINISTRATORS))) {
			return true;
		}
		return identity.createGroupQuery()
			.groupMember(starter.userId())
			.groupIdIn(CamundaGroups.PROCESS_OWNERS, CamundaGroups.ADMINISTRATORS)
			.count() > 0;
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
