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
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * First step of every cycle, however it was started: checks that a process owner started it,
 * checks the plan and the calendar, refuses
 * a second cycle for the same plan and year, saves the cycle and names the process instance
 * after it (business key e.g. DEMO-STRATEGI-2027). A refusal rolls the start back.
 */
@Component
class RegisterCycle implements JavaDelegate {

	private final StrategyPlanRepository plans;

	private final StrategyCycleRepository cycles;

	private final UnitRepository units;

	private final IdentityService identity;

	private final MessageSource messages;

	private final Clock clock;

	private final DeadlineProperties deadlines;

	private final AuditTrail audit;

	RegisterCycle(StrategyPlanRepository plans, StrategyCycleRepository cycles, UnitRepository units,
			IdentityService identity, MessageSource messages, Clock clock, DeadlineProperties deadlines, AuditTrail audit) {
		this.audit = audit;
		this.deadlines = deadlines;
		this.plans = plans;
		this.cycles = cycles;
		this.units = units;
		this.identity = identity;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Process owners, and administrators, who may do what a process owner may: an administrator
	 * by role or directory group is camunda-admin only in the groups the sign-in gave them.
	 */
	private boolean mayStartCycles(String userId) {
		List<String> signedIn = identity.getCurrentAuthentication().getGroupIds();
		if (signedIn != null && (signedIn.contains(CamundaGroups.PROCESS_OWNERS)
				|| signedIn.contains(CamundaGroups.ADMINISTRATORS))) {
			return true;
		}
		return identity.createGroupQuery()
			.groupMember(userId)
			.groupIdIn(CamundaGroups.PROCESS_OWNERS, CamundaGroups.ADMINISTRATORS)
			.count() > 0;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Map<String, Object> variables = execution.getVariables();
		StartRequestReader request = new StartRequestReader(variables, this::message);
		CalendarDates calendar = request.calendar();
		List<FieldMessage> problems = new ArrayList<>(request.problems());
		calendar.problems(deadlines.consultationMinimumDays()).forEach(p -> problems.add(new FieldMessage(p.field(), message(p.messageKey(), p.arguments()))));

		String startedBy = identity.getCurrentAuthentication() == null ? null
				: identity.getCurrentAuthentication().getUserId();
		if (startedBy == null || !mayStartCycles(startedBy)) {
			throw new CycleRefusedException(message("cycle.refused"),
					List.of(new FieldMessage(CycleVariables.START_PLAN_CODE, message("cycle.forbidden"))));
		}

		StrategyPlan plan = null;
		if (request.planCode().isEmpty()) {
			problems.add(new FieldMessage(CycleVariables.START_PLAN_CODE, message("cycle.plan.required")));
		}
		else {
			plan = plans.findFirstByCodeOrderByYearDesc(request.planCode().get()).orElse(null);
			if (plan == null) {
				problems.add(new FieldMessage(CycleVariables.START_PLAN_CODE,
						message("cycle.plan.unknown", request.planCode().get())));
			}
			else if (cycles.existsByPlanCodeAndCycleYear(plan.getCode(), calendar.cycleYear())) {
				problems.add(new FieldMessage(CycleVariables.START_PLAN_CODE,
						message("cycle.duplicate", plan.getCode(), String.valueOf(calendar.cycleYear()))));
			}
		}
		if (!problems.isEmpty()) {
			throw new CycleRefusedException(message("cycle.refused"), problems);
		}

		// the plan's period follows the cycle's year, and so do goals carried over with last period's dates
		plan.followCycleYear(calendar.cycleYear());
		StrategyCycle cycle = new StrategyCycle(plan, calendar, startedBy, clock.instant());
		cycle.chooseTranslatingUnits(units.findAllByOrderByPosition()
			.stream()
			.filter(unit -> unit.getKind() != UnitKind.EXECUTIVE_BOARD)
			.map(unit -> unit.getId())
			.toList());
		cycle.attachTo(execution.getProcessInstanceId());
		cycles.save(cycle);

		execution.setProcessBusinessKey(cycle.getBusinessKey());
		execution.removeVariables(CalendarFieldNames.START_VARIABLES);
		execution.removeVariable(CycleVariables.START_PLAN_CODE);
		CycleVariables.PLAN.set(execution, plan.getId());
		CycleVariables.CYCLE.set(execution, cycle.getId());
		audit.record(cycle.getId(), startedBy, AuditAction.CYCLE_STARTED, plan.getCode(), null);
		CycleVariables.TITLE.set(execution, plan.getTitle());
		CycleVariables.YEAR.set(execution, calendar.cycleYear());
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
