package dk.aarshjul.followup;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.indicator.IndicatorValues;
import dk.aarshjul.indicator.Light;
import dk.aarshjul.indicator.NewValue;
import dk.aarshjul.indicator.ValueOrigin;
import dk.aarshjul.indicator.ValueRefusedException;
import dk.aarshjul.plan.Figures;
import dk.aarshjul.plan.Goal;
import dk.aarshjul.plan.Indicator;
import dk.aarshjul.plan.StrategyPlan;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.InvalidTaskInputException;
import org.springframework.stereotype.Service;

/**
 * A unit's half-yearly status report, the report-status task's job: every goal green, yellow or
 * red, yellow and red with a comment saying why, and a figure for each indicator the unit reports.
 * Every problem is named at once, and nothing is saved or audited until there are none.
 */
@Service
class StatusReporting {

	static final int MAX_COMMENT = 4000;

	/** What the unit reported, and where: the form's rows as they came. */
	record Submission(Long cycleId, Long planId, String unitId, LocalDate round, JsonNode rows, String actor) {
	}

	private final StatusReportRepository reports;

	private final StrategyPlanRepository plans;

	private final FormData form;

	private final Clock clock;

	private final AuditTrail audit;

	private final IndicatorValues indicatorValues;

	StatusReporting(StatusReportRepository reports, StrategyPlanRepository plans, FormData form, Clock clock,
			AuditTrail audit, IndicatorValues indicatorValues) {
		this.reports = reports;
		this.plans = plans;
		this.form = form;
		this.clock = clock;
		this.audit = audit;
		this.indicatorValues = indicatorValues;
	}

	void reportStatus(Submission submission) {
		StrategyPlan plan = plans.findById(submission.planId()).orElseThrow();
		StatusReport report = new StatusReport(plan, submission.unitId(), submission.round());
		List<String> problems = new ArrayList<>();
		List<NewValue> measured = new ArrayList<>();
		List<Goal> goals = plan.getFocusAreas().stream().flatMap(area -> area.getGoals().stream()).toList();
		Map<Long, JsonNode> rows = rowsByGoal(submission.rows());
		for (int i = 0; i < goals.size(); i++) {
			Goal goal = goals.get(i);
			JsonNode row = rows.get(goal.getId());
			if (row == null) {
				problems.add(form.message("followup.goals.mismatch"));
				break;
			}
			int number = i + 1;
			lightOf(goal, number, row, problems).ifPresent(light -> {
				String comment = FormData.text(row, PrepareStatusReportForm.COMMENT);
				report.report(goal, light, comment.isEmpty() ? null : comment);
			});
			measured.addAll(indicatorValues(goal, number, row, submission.unitId(), submission.round(), problems));
		}
		if (problems.isEmpty() && !measured.isEmpty()) {
			try {
				indicatorValues.record(plan.getId(), measured, ValueOrigin.ENTERED, submission.actor());
			}
			catch (ValueRefusedException refused) {
				problems.addAll(refused.problems());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidTaskInputException(problems);
		}
		report.submit(submission.actor(), clock.instant());
		audit.record(submission.cycleId(), submission.actor(), AuditAction.STATUS_REPORTED,
				submission.unitId() + " " + submission.round(), null);
		reports.save(report);
	}

	private Map<Long, JsonNode> rowsByGoal(JsonNode submitted) {
		Map<Long, JsonNode> rows = new HashMap<>();
		if (submitted != null && !submitted.isArray()) {
			throw new InvalidTaskInputException(form.message("form.rows.invalid"));
		}
		if (submitted != null) {
			submitted.forEach(row -> rows.put(row.path(PrepareStatusReportForm.GOAL_ID).asLong(), row));
		}
		return rows;
	}

	/** The goal's light when the row gives one and the comment it needs; else a problem named. */
	private Optional<TrafficLight> lightOf(Goal goal, int number, JsonNode row, List<String> problems) {
		String chosen = FormData.text(row, PrepareStatusReportForm.LIGHT);
		Optional<TrafficLight> light = Arrays.stream(TrafficLight.values())
			.filter(value -> value.name().equals(chosen))
			.findFirst();
		String comment = FormData.text(row, PrepareStatusReportForm.COMMENT);
		if (light.isEmpty()) {
			problems.add(form.message("followup.light.required", number, goal.getDescription()));
		}
		else if (light.get() != TrafficLight.GREEN && comment.isEmpty()) {
			problems.add(form.message("followup.comment.required", number, goal.getDescription()));
		}
		else if (comment.length() > MAX_COMMENT) {
			problems.add(form.message("followup.comment.tooLong", number, goal.getDescription()));
		}
		else {
			return light;
		}
		return Optional.empty();
	}

	/**
	 * The values the unit gave the goal's indicators this round, measured on the round's date; a
	 * missing or mistyped figure is a problem named with the goal. Which light a value earns, and
	 * whether the unit may choose another, {@link IndicatorValues} decides when they are recorded.
	 */
	private List<NewValue> indicatorValues(Goal goal, int number, JsonNode row, String unitId, LocalDate round,
			List<String> problems) {
		Map<Long, JsonNode> given = new HashMap<>();
		row.path(PrepareStatusReportForm.INDICATORS)
			.forEach(entry -> given.put(entry.path(PrepareStatusReportForm.INDICATOR_ID).asLong(), entry));
		List<NewValue> values = new ArrayList<>();
		for (Indicator indicator : goal.getIndicators()) {
			if (!indicator.getReporter().unitsReport()) {
				continue;
			}
			JsonNode entry = given.get(indicator.getId());
			String typed = entry == null ? "" : FormData.text(entry, PrepareStatusReportForm.VALUE);
			Optional<BigDecimal> value = Figures.parse(typed);
			if (typed.isEmpty()) {
				problems.add(form.message("followup.indicator.required", number, goal.getDescription(), indicator.getName()));
				continue;
			}
			if (value.isEmpty()) {
				problems.add(form.message("followup.indicator.notNumber", number, goal.getDescription(), indicator.getName(), typed));
				continue;
			}
			String chosen = FormData.text(entry, PrepareStatusReportForm.LIGHT);
			Light light = Arrays.stream(Light.values()).filter(candidate -> candidate.name().equals(chosen)).findFirst().orElse(null);
			values.add(new NewValue(indicator.getId(), unitId, round, round, value.get(),
					limited(FormData.text(entry, PrepareStatusReportForm.SOURCE), 500),
					light, limited(FormData.text(entry, PrepareStatusReportForm.REASON), MAX_COMMENT),
					limited(FormData.text(entry, PrepareStatusReportForm.ACTION), MAX_COMMENT)));
		}
		return values;
	}

	private static String limited(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

}
