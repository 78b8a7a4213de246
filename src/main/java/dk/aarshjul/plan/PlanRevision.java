package dk.aarshjul.plan;

import java.util.ArrayList;
import java.util.List;

import dk.aarshjul.plan.InvalidPlanException.FieldProblem;
import dk.aarshjul.plan.PlanDocument.FocusAreaDocument;
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

	/** A copy of the plan as next year's draft, continuing it. */
	@Transactional
	public StrategyPlan copyAsNextYearsDraft(Long planId, int nextYear) {
		StrategyPlan plan = plans.findById(planId).orElseThrow(() -> new PlanNotFoundException(planId));
		PlanDocument document = PlanDocument.of(plan);
		PlanDocument next = new PlanDocument(document.code(), document.municipality(), document.title(),
				document.introduction(), nextYear, document.kind(), document.periodFrom(), document.periodTo(),
				document.focusAreas());
		StrategyPlan copy = next.toNewPlan();
		copy.setPreviousPlan(plan);
		return plans.save(copy);
	}

}
