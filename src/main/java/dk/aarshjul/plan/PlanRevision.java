package dk.aarshjul.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import dk.aarshjul.plan.InvalidPlanException.FieldProblem;
import dk.aarshjul.plan.PlanDocument.FocusAreaDocument;
import dk.aarshjul.plan.PlanDocument.GoalDocument;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revises a draft plan's focus areas and goals as the executive board writes them. The whole
 * revision is checked first; a refused revision leaves the plan as it was. Focus areas and
 * goals are revised in place, position by position, because earlier cycles' unit plans and
 * status reports refer to them.
 */
@Service
public class PlanRevision {

	private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final StrategyPlanRepository plans;

	private final Validator validator;

	private final MessageSource messages;

	private final EntityManager entityManager;

	PlanRevision(StrategyPlanRepository plans, Validator validator, MessageSource messages,
			EntityManager entityManager) {
		this.plans = plans;
		this.validator = validator;
		this.messages = messages;
		this.entityManager = entityManager;
	}

	/**
	 * Revises a cycle's draft: its period first follows the cycle's year (a cycle started before
	 * 1.1.0 still has last period's), and every goal due before that period is refused by name.
	 */
	@Transactional
	public StrategyPlan reviseDraft(Long planId, int cycleYear, List<FocusAreaDocument> focusAreas) {
		plans.findById(planId).orElseThrow(() -> new PlanNotFoundException(planId)).movePeriodTo(cycleYear);
		return reviseFocusAreas(planId, focusAreas);
	}

	@Transactional
	public StrategyPlan reviseFocusAreas(Long planId, List<FocusAreaDocument> focusAreas) {
		List<FieldProblem> problems = new ArrayList<>();
		if (focusAreas.isEmpty()) {
			problems.add(new FieldProblem("focusAreas",
					messages.getMessage("plan.focusAreas.required", null, LocaleContextHolder.getLocale())));
		}
		if (PlanLimits.tooManyGoals(focusAreas)) {
			problems.add(new FieldProblem("focusAreas", messages.getMessage("plan.goals.tooMany",
					new Object[] { PlanLimits.MAX_GOALS }, LocaleContextHolder.getLocale())));
		}
		for (int i = 0; i < focusAreas.size(); i++) {
			String prefix = "focusAreas[" + i + "].";
			validator.validate(focusAreas.get(i))
				.forEach(violation -> problems
					.add(new FieldProblem(prefix + violation.getPropertyPath(), violation.getMessage())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidPlanException(problems);
		}
		StrategyPlan plan = plans.findById(planId).orElseThrow(() -> new PlanNotFoundException(planId));
		List<FieldProblem> beforeThePeriod = dueBeforeThePeriod(plan, focusAreas);
		if (!beforeThePeriod.isEmpty()) {
			throw new InvalidPlanException(beforeThePeriod);
		}
		plan.reviseFocusAreas(focusAreas);
		try {
			entityManager.flush();
		}
		catch (PersistenceException ex) {
			// a removed focus area or goal that units have already answered or reported on
			throw new InvalidPlanException(List.of(new FieldProblem("focusAreas",
					messages.getMessage("plan.revision.inUse", null, LocaleContextHolder.getLocale()))));
		}
		return plan;
	}

	/**
	 * Every goal due before the plan's period begins, each named: a date typed before it, or last
	 * period's date on a goal of a cycle started before 1.1.0, which moved only the period.
	 */
	private List<FieldProblem> dueBeforeThePeriod(StrategyPlan plan, List<FocusAreaDocument> focusAreas) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate periodFrom = plan.getPeriodFrom();
		if (periodFrom == null) {
			return problems;
		}
		for (int i = 0; i < focusAreas.size(); i++) {
			List<GoalDocument> goals = focusAreas.get(i).goals() == null ? List.of() : focusAreas.get(i).goals();
			for (int j = 0; j < goals.size(); j++) {
				GoalDocument goal = goals.get(j);
				if (goal.dueDate() != null && goal.dueDate().isBefore(periodFrom)) {
					problems.add(new FieldProblem("focusAreas[" + i + "].goals[" + j + "].dueDate",
							messages.getMessage("plan.goal.dueBeforePeriod",
									new Object[] { i + 1, focusAreas.get(i).title(), j + 1, goal.description(),
											DANISH_DATE.format(goal.dueDate()), DANISH_DATE.format(periodFrom) },
									LocaleContextHolder.getLocale())));
				}
			}
		}
		return problems;
	}

	/**
	 * A copy of the plan as next year's draft, continuing it. Its period follows the new year
	 * ({@link StrategyPlan#followCycleYear}), so the approved plan does not show the period of the
	 * plan it continues, nor goals due before its own period.
	 */
	@Transactional
	public StrategyPlan copyAsNextYearsDraft(Long planId, int nextYear) {
		StrategyPlan plan = plans.findById(planId).orElseThrow(() -> new PlanNotFoundException(planId));
		PlanDocument document = PlanDocument.of(plan);
		PlanDocument next = new PlanDocument(document.code(), document.municipality(), document.title(),
				document.introduction(), nextYear, document.kind(), document.periodFrom(), document.periodTo(),
				document.focusAreas());
		StrategyPlan copy = next.toNewPlan();
		copy.followCycleYear(nextYear);
		copy.setPreviousPlan(plan);
		return plans.save(copy);
	}

	/**
	 * The plan's period follows the cycle's year as the cycle starts ({@link StrategyPlan#followCycleYear}),
	 * unless the plan's own period already covers it.
	 */
	@Transactional
	public void followCycleYear(Long planId, int cycleYear) {
		plans.findById(planId).orElseThrow(() -> new PlanNotFoundException(planId)).followCycleYear(cycleYear);
	}

}
