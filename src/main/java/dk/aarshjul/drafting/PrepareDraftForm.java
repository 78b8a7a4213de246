package dk.aarshjul.drafting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.aarshjul.plan.PlanDocument.FocusAreaDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.FormSlots;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Gives the drafting form the plan's focus areas, one slot each, with their goals one per line. */
@Component("prepareDraftForm")
class PrepareDraftForm implements TaskListener {

	static final String TITLE = "title";

	static final String STRATEGY = "strategy";

	static final String SPECIAL_FOR_YEAR = "specialForYear";

	static final String RESPONSIBLE_DIRECTOR = "responsibleDirector";

	static final String GOALS = "goals";

	private final PlanTransfer plans;

	private final FormData form;

	PrepareDraftForm(PlanTransfer plans, FormData form) {
		this.plans = plans;
		this.form = form;
	}

	@Override
	public void notify(DelegateTask task) {
		List<Map<String, Object>> rows = plans.export(CycleVariables.planId(task))
			.focusAreas()
			.stream()
			.map(PrepareDraftForm::row)
			.toList();
		form.putLocalSlots(task, rows, FormSlots.FOCUS_AREAS);
	}

	private static Map<String, Object> row(FocusAreaDocument area) {
		Map<String, Object> row = new HashMap<>();
		row.put(TITLE, area.title());
		row.put(STRATEGY, area.strategy());
		row.put(SPECIAL_FOR_YEAR, area.specialForYear());
		row.put(RESPONSIBLE_DIRECTOR, area.responsibleDirector());
		row.put(GOALS, GoalLines.format(area.goals() == null ? List.of() : area.goals()));
		return row;
	}

}
