package dk.aarshjul.drafting;

import dk.aarshjul.cycle.CycleVariables;
import dk.aarshjul.cycle.FormData;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Gives the drafting form the plan's focus areas and goals as they stand. */
@Component("prepareDraftForm")
class PrepareDraftForm implements TaskListener {

	static final String FOCUS_AREAS = "focusAreas";

	private final PlanTransfer plans;

	private final FormData form;

	PrepareDraftForm(PlanTransfer plans, FormData form) {
		this.plans = plans;
		this.form = form;
	}

	@Override
	public void notify(DelegateTask task) {
		PlanDocument plan = plans.export(CycleVariables.planId(task));
		form.putLocalJson(task, FOCUS_AREAS, plan.focusAreas());
	}

}
