package dk.aarshjul.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.aarshjul.cycle.CycleVariables;
import dk.aarshjul.cycle.FormData;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.translation.UnitDirectory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One row per goal of the plan, for the unit to give a traffic light and a comment. */
@Component("prepareStatusReportForm")
class PrepareStatusReportForm implements TaskListener {

	static final String GOAL_STATUSES = "goalStatuses";

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
		List<Map<String, Object>> rows = plans.findById(CycleVariables.planId(task))
			.orElseThrow()
			.getFocusAreas()
			.stream()
			.flatMap(area -> area.getGoals().stream().map(goal -> {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("goalId", goal.getId());
				row.put("goal", area.getTitle() + ": " + goal.getDescription());
				row.put("light", "");
				row.put("comment", "");
				return row;
			}))
			.toList();
		form.putLocalJson(task, GOAL_STATUSES, rows);
		task.setVariableLocal("unitName", directory.name(CycleVariables.unitId(task)));
	}

}
