package dk.aarshjul.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.FormSlots;
import dk.aarshjul.translation.UnitDirectory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One slot per goal of the plan ({@code goal1}, {@code light1}, {@code comment1}, …), for the
 * unit to give a traffic light and a comment. Every slot is set on the task itself, so the
 * units' parallel reports never share a value.
 */
@Component("prepareStatusReportForm")
class PrepareStatusReportForm implements TaskListener {

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
		List<Map<String, Object>> rows = plans.findById(CycleVariables.planId(task))
			.orElseThrow()
			.getFocusAreas()
			.stream()
			.flatMap(area -> area.getGoals().stream().map(goal -> {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put(GOAL, area.getTitle() + ": " + goal.getDescription());
				row.put(LIGHT, "");
				row.put(COMMENT, "");
				return row;
			}))
			.toList();
		form.putLocalSlots(task, rows, FormSlots.GOALS);
		task.setVariableLocal("unitName", directory.name(CycleVariables.unitId(task)));
	}

}
