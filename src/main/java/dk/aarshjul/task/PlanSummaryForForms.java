package dk.aarshjul.task;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.aarshjul.organisation.ExecutiveBoard;

import dk.aarshjul.plan.PlanDocument.FocusAreaDocument;
import dk.aarshjul.plan.PlanDocument.GoalDocument;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives a task's form the plan as it stands when the task is created: focus areas in
 * priority order with their strategy, what is special for the year, their goals (target, measure,
 * due date) and responsible director ({@code {{planSummary}}} in a form),
 * and the plan's title as a heading ({@code {{planHeading}}}). Both are Markdown with every typed
 * value escaped ({@link MarkdownText}); the task-local {@code planTitle} stays plain text, as
 * Tasklist's list shows it as text. Only tasks whose Camunda Form shows them get them
 * ({@link FormsShowingThePlan}).
 */
@Component
@Order(1)
class PlanSummaryForForms implements UserTaskLifecycle, FormDisplayVariables {

	static final String PLAN_SUMMARY = "planSummary";

	static final String PLAN_HEADING = "planHeading";

	private final PlanTransfer plans;

	private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final FormData form;

	private final ExecutiveBoard board;

	private final FormsShowingThePlan formsShowingThePlan;

	PlanSummaryForForms(PlanTransfer plans, FormData form, ExecutiveBoard board, FormsShowingThePlan formsShowingThePlan) {
		this.plans = plans;
		this.formsShowingThePlan = formsShowingThePlan;
		this.form = form;
		this.board = board;
	}

	@Override
	public void created(DelegateTask task) {
		Object title = task.getVariable(CycleVariables.PLAN_TITLE);
		if (title != null && formsShowingThePlan.showsHeading(task)) {
			task.setVariableLocal(PLAN_HEADING, MarkdownText.escape(title.toString()));
		}
		Long planId = CycleVariables.planId(task);
		if (planId != null && formsShowingThePlan.showsSummary(task)) {
			// as JSON: a String variable stops at 4,000 characters, which a plan of twelve focus areas passes
			form.putLocalJson(task, PLAN_SUMMARY, summary(plans.export(planId)));
		}
	}

	private String summary(PlanDocument plan) {
		// one query for the board, not one per focus area: this runs for every task whose form shows the plan
		Map<String, String> names = board.members().stream()
			.collect(Collectors.toMap(ExecutiveBoard.Member::id, ExecutiveBoard.Member::name, (a, b) -> a));
		StringBuilder text = new StringBuilder();
		int priority = 1;
		for (FocusAreaDocument area : plan.focusAreas()) {
			text.append("**").append(priority++).append(". ").append(MarkdownText.escape(area.title())).append("**");
			if (area.responsibleDirector() != null && !area.responsibleDirector().isBlank()) {
				text.append(" (").append(form.message("plan.summary.director", MarkdownText.escape(names.getOrDefault(area.responsibleDirector(), area.responsibleDirector())))).append(")");
			}
			text.append("\n\n");
			if (area.strategy() != null && !area.strategy().isBlank()) {
				text.append(MarkdownText.of(area.strategy())).append("\n\n");
			}
			if (area.specialForYear() != null && !area.specialForYear().isBlank()) {
				text.append(form.message("plan.summary.special", MarkdownText.escape(area.specialForYear()))).append("\n\n");
			}
			if (area.goals() != null && !area.goals().isEmpty()) {
				text.append(area.goals().stream().map(this::goal).collect(Collectors.joining("\n"))).append("\n\n");
			}
		}
		return text.toString().trim();
	}

	private String goal(GoalDocument goal) {
		StringBuilder line = new StringBuilder("- ").append(MarkdownText.escape(goal.description()));
		if (goal.target() != null && !goal.target().isBlank()) {
			line.append(" – ").append(MarkdownText.escape(goal.target()));
		}
		if (goal.measure() != null && !goal.measure().isBlank()) {
			line.append(" (").append(form.message("plan.summary.measure", MarkdownText.escape(goal.measure()))).append(")");
		}
		if (goal.dueDate() != null) {
			line.append(" (").append(form.message("plan.summary.due", DANISH_DATE.format(goal.dueDate()))).append(")");
		}
		return line.toString();
	}

	@Override
	public Set<String> names() {
		return Set.of(PLAN_HEADING, PLAN_SUMMARY);
	}

}
