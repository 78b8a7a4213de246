package dk.aarshjul.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.aarshjul.plan.FocusArea;
import dk.aarshjul.plan.Goal;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.FormDisplayVariables;
import dk.aarshjul.translation.UnitDirectory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rows of the embedded status form ({@code report-status.html}): one per goal of the plan,
 * in priority order, as one JSON variable set on the task itself, so the units' parallel reports
 * never share a value.
 */
@Component("prepareStatusReportForm")
class PrepareStatusReportForm implements TaskListener, FormDisplayVariables {

	static final String VARIABLE = "statusReport";

	static final String GOAL_ID = "goalId";

	static final String FOCUS_AREA = "focusArea";

	static final String GOAL = "goal";

	static final String LIGHT = "light";

	static final String COMMENT = "comment";

	private final StrategyPlanRepository plans;

	private final UnitDirectory directory;

	private final FormData form;

	PrepareStatusReportForm(StrategyPlanRepository plans, UnitDirectory directory, FormData form) {
		this.plans = plans;
		this.directory = directory;
		this.form = form;
	}

	@Override
	@Transactional
	public void notify(DelegateTask task) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (FocusArea area : plans.findById(CycleVariables.planId(task)).orElseThrow().getFocusAreas()) {
			for (Goal goal : area.getGoals()) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put(GOAL_ID, goal.getId());
				row.put(FOCUS_AREA, area.getPriority() + ". " + area.getTitle());
				row.put(GOAL, goal.getDescription());
				row.put(LIGHT, "");
				row.put(COMMENT, "");
				rows.add(row);
			}
		}
		form.putLocalJson(task, VARIABLE, rows);
		task.setVariableLocal("unitName", directory.name(CycleVariables.unitId(task)));
	}

	@Override
	public Set<String> names() {
		return Set.of("unitName");
	}

}
