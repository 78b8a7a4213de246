package dk.aarshjul.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.aarshjul.plan.Figures;
import dk.aarshjul.indicator.IndicatorSettings;
import dk.aarshjul.plan.FocusArea;
import dk.aarshjul.plan.Goal;
import dk.aarshjul.plan.Indicator;
import dk.aarshjul.plan.IndicatorDirection;
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

	/** Per goal, the indicators the unit gives a value for this round (see {@link #indicatorRows}). */
	static final String INDICATORS = "indicators";

	static final String INDICATOR_ID = "indicatorId";

	static final String VALUE = "value";

	static final String SOURCE = "source";

	static final String REASON = "reason";

	static final String ACTION = "action";

	private final StrategyPlanRepository plans;

	private final UnitDirectory directory;

	private final FormData form;

	private final IndicatorSettings indicatorSettings;

	PrepareStatusReportForm(StrategyPlanRepository plans, UnitDirectory directory, FormData form,
			IndicatorSettings indicatorSettings) {
		this.plans = plans;
		this.directory = directory;
		this.form = form;
		this.indicatorSettings = indicatorSettings;
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
				List<Map<String, Object>> indicators = indicatorRows(goal);
				if (!indicators.isEmpty()) {
					row.put(INDICATORS, indicators);
				}
				rows.add(row);
			}
		}
		form.putLocalJson(task, VARIABLE, rows);
		CycleVariables.UNIT_NAME.setLocal(task, directory.name(CycleVariables.unitId(task)));
	}

	/**
	 * The goal's indicators that units report on: what the form shows (name, unit, target, which way
	 * is better, the band within which a value is yellow, for the proposal it shows as the value is
	 * typed; the light itself is decided again when the form is saved) and the empty fields the
	 * unit fills in.
	 */
	private List<Map<String, Object>> indicatorRows(Goal goal) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Indicator indicator : goal.getIndicators()) {
			if (!indicator.getReporter().unitsReport()) {
				continue;
			}
			BigDecimal tolerance = indicator.getYellowTolerancePercent() == null
					? indicatorSettings.defaultYellowTolerancePercent() : indicator.getYellowTolerancePercent();
			Map<String, Object> row = new LinkedHashMap<>();
			row.put(INDICATOR_ID, indicator.getId());
			row.put("name", indicator.getName());
			row.put("unit", form.message("indicator.unit." + indicator.getUnit().name()));
			row.put("target", Figures.format(indicator.getTargetValue()));
			row.put("targetValue", indicator.getTargetValue().doubleValue());
			row.put("lowerIsBetter", indicator.getDirection() == IndicatorDirection.LOWER_IS_BETTER);
			row.put("band", indicator.getTargetValue().abs().doubleValue() * tolerance.doubleValue() / 100);
			row.put(VALUE, "");
			row.put(SOURCE, "");
			row.put(LIGHT, "");
			row.put(REASON, "");
			row.put(ACTION, "");
			rows.add(row);
		}
		return rows;
	}

	@Override
	public Set<String> names() {
		return Set.of("unitName");
	}

}
