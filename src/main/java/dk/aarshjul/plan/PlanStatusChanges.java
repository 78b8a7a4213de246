package dk.aarshjul.plan;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a plan's status with the cycle. Called from the phases' delegates and beans (drafting's
 * {@code planInDrafting}), and by name ({@code ${planStatusChanges.draft(planId)}}) from the models of
 * kept releases, so the methods stay.
 */
@Component
@Transactional
public class PlanStatusChanges {

	private final StrategyPlanRepository plans;

	PlanStatusChanges(StrategyPlanRepository plans) {
		this.plans = plans;
	}

	public void draft(Long planId) {
		change(planId, PlanStatus.DRAFT);
	}

	public void inConsultation(Long planId) {
		change(planId, PlanStatus.IN_CONSULTATION);
	}

	public void inPoliticalReview(Long planId) {
		change(planId, PlanStatus.IN_POLITICAL_REVIEW);
	}

	public void approved(Long planId) {
		change(planId, PlanStatus.APPROVED);
	}

	public void inTranslation(Long planId) {
		change(planId, PlanStatus.IN_TRANSLATION);
	}

	public void inFollowUp(Long planId) {
		change(planId, PlanStatus.IN_FOLLOW_UP);
	}

	public void evaluated(Long planId) {
		change(planId, PlanStatus.EVALUATED);
	}

	private void change(Long planId, PlanStatus status) {
		plans.findById(planId).orElseThrow(() -> new PlanNotFoundException(planId)).setStatus(status);
	}

}
