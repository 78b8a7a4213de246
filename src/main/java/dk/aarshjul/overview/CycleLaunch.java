package dk.aarshjul.overview;

import java.util.Collection;

import dk.aarshjul.cycle.CycleStarter;
import dk.aarshjul.plan.PlanRevision;
import dk.aarshjul.plan.StrategyPlanRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies last year's plan when asked and starts the cycle, in one transaction: a refused start
 * leaves no copy behind.
 */
@Service
class CycleLaunch {

	private final CycleStarter starter;

	private final PlanRevision revisions;

	private final StrategyPlanRepository plans;

	CycleLaunch(CycleStarter starter, PlanRevision revisions, StrategyPlanRepository plans) {
		this.starter = starter;
		this.revisions = revisions;
		this.plans = plans;
	}

	@Transactional
	String start(String userId, Collection<String> signedInGroups, CycleStartForm form) {
		if (form.isCopyLastYear() && form.getPlanCode() != null && form.getCycleYear() != null
				&& !plans.existsByCodeAndYear(form.getPlanCode(), form.getCycleYear())) {
			plans.findFirstByCodeOrderByYearDesc(form.getPlanCode())
				.filter(latest -> latest.getYear() < form.getCycleYear())
				.ifPresent(latest -> revisions.copyAsNextYearsDraft(latest.getId(), form.getCycleYear()));
		}
		return starter.start(userId, signedInGroups, form.variables()).getBusinessKey();
	}

}
