package dk.aarshjul.task;

import java.util.stream.Collectors;

import dk.aarshjul.plan.PlanDocument.FocusAreaDocument;
import dk.aarshjul.plan.PlanDocument.GoalDocument;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every task's form the plan as it stands when the task is created: focus areas in
 * priority order with their goals and responsible director ({@code {{planSummary}}} in a form).
 */
@Component
@Order(1)
class PlanSummaryForForms implements UserTaskLifecycle {

	static final String PLAN_SUMMARY = "planSummary";

	private final PlanTransfer plans;

	private final FormData form;

	PlanSummaryForForms(PlanTransfer plans, FormData form) {
		this.plans = plans;
		this.form = form;
	}

	@Override
	public void created(DelegateTask task) {
		Long planId = CycleVariables.planId(task);
		if (planId != null) {
			task.setVariableLocal(PLAN_SUMMARY, summary(plans.export(planId)));
		}
	}

	private String summary(PlanDocument plan) {
		StringBuilder text = new StringBuilder();
		int priority = 1;
		for (FocusAreaDocument area : plan.focusAreas()) {
			text.append("**").append(priority++).append(". ").append(area.title()).append("**");
			if (area.responsibleDirector() != null && !area.responsibleDirector().isBlank()) {
				text.append(" (").append(form.message("plan.summary.director", area.responsibleDirector())).append(")");
			}
			text.append("\n\n");
			if (area.specialForYear() != null && !area.specialForYear().isBlank()) {
				text.append(form.message("plan.summary.special", area.specialForYear())).append("\n\n");
			}
			if (area.goals() != null && !area.goals().isEmpty()) {
				text.append(area.goals().stream().map(this::goal).collect(Collectors.joining("\n"))).append("\n\n");
			}
		}
		return text.toString().trim();
	}

	private String goal(GoalDocument goal) {
		StringBuilder line = new StringBuilder("- ").append(goal.description());
		if (goal.target() != null && !goal.target().isBlank()) {
			line.append(" – ").append(goal.target());
		}
		if (goal.dueDate() != null) {
			line.append(" (").append(form.message("plan.summary.due", goal.dueDate().toString())).append(")");
		}
		return line.toString();
	}

}
