package dk.aarshjul.drafting;

import dk.aarshjul.plan.PlanStatusChanges;
import org.springframework.stereotype.Component;

/** When drafting starts, the plan is a draft again: {@code ${planInDrafting.mark(planId)}} on drafting.bpmn's start. */
@Component
public class PlanInDrafting {

	private final PlanStatusChanges statuses;

	PlanInDrafting(PlanStatusChanges statuses) {
		this.statuses = statuses;
	}

	public void mark(Long planId) {
		statuses.draft(planId);
	}

}
