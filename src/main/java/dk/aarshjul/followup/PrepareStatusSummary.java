package dk.aarshjul.followup;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dk.aarshjul.plan.Figures;
import dk.aarshjul.indicator.PlanIndicators;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.FormDisplayVariables;
import dk.aarshjul.translation.UnitDirectory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Sums up a round's status reports (per unit: how many goals are green, yellow and red). */
@Component("prepareStatusSummary")
class PrepareStatusSummary implements TaskListener, FormDisplayVariables {

	static final String SUMMARY = "statusSummary";

	/** The plan's indicators: this round's values per unit and the municipality's, against the target. */
	static final String INDICATOR_SUMMARY = "indicatorSummary";

	/** A String variable holds at most 4,000 characters. */
	private static final int MAX_SUMMARY = 3_900;

	private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

	private final StatusReportRepository reports;

	private final UnitDirectory directory;

	private final FormData form;

	private final PlanIndicators planIndicators;

	PrepareStatusSummary(StatusReportRepository reports, UnitDirectory directory, FormData form,
			PlanIndicators planIndicators) {
		this.reports = reports;
		this.directory = directory;
		this.form = form;
		this.planIndicators = planIndicators;
	}

	@Override
	@Transactional
	public void notify(DelegateTask task) {
		LocalDate round = LocalDate.parse(CycleVariables.followUpDate(task));
		String summary = reports.findByPlanIdAndPeriodEndInOrderByPeriodEndAscUnitIdAsc(CycleVariables.planId(task),
				List.of(round))
			.stream()
			.map(report -> {
				Map<TrafficLight, Long> counts = new TreeMap<>(report.getGoalStatuses()
					.stream()
					.collect(Collectors.groupingBy(GoalStatus::getTrafficLight, Collectors.counting())));
				return form.message("followup.summary.line", directory.name(report.getUnitId()),
						counts.getOrDefault(TrafficLight.GREEN, 0L), counts.getOrDefault(TrafficLight.YELLOW, 0L),
						counts.getOrDefault(TrafficLight.RED, 0L));
			})
			.collect(Collectors.joining("\n"));
		task.setVariableLocal(SUMMARY, summary);
		task.setVariableLocal(INDICATOR_SUMMARY, indicatorSummary(CycleVariables.planId(task), round));
	}

	/**
	 * One line per indicator: its target, this round's value of each unit and the municipality's
	 * latest up to the round, each with its light, and the municipality's path since the baseline.
	 * Plain text for a read-only text area; empty when the plan has no indicators.
	 */
	String indicatorSummary(Long planId, LocalDate round) {
		List<PlanIndicators.IndicatorView> indicators = planIndicators.of(planId, null, null, null);
		if (indicators.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder(form.message("followup.indicators.heading", round.format(DANISH_DATE)));
		for (PlanIndicators.IndicatorView indicator : indicators) {
			String unit = form.message("indicator.unit." + indicator.unit().name());
			List<PlanIndicators.ValueView> upToRound = indicator.values()
				.stream()
				.filter(value -> !value.measuredOn().isAfter(round))
				.toList();
			List<String> shown = new ArrayList<>();
			upToRound.stream()
				.filter(value -> value.unitId() == null)
				.reduce((earlier, later) -> later)
				.ifPresent(value -> shown.add(valueText(value, unit)));
			upToRound.stream()
				.filter(value -> value.unitId() != null && round.equals(value.periodEnd()))
				.forEach(value -> shown.add(valueText(value, unit)));
			String line = form.message("followup.indicators.line", indicator.name(), Figures.format(indicator.targetValue()),
					unit, form.message("indicator.direction." + indicator.direction().name()),
					indicator.baselineValue() == null ? "–" : Figures.format(indicator.baselineValue()) + " " + unit,
					shown.isEmpty() ? form.message("followup.indicators.none") : String.join(" · ", shown));
			List<String> path = new ArrayList<>();
			if (indicator.baselineValue() != null) {
				path.add(Figures.format(indicator.baselineValue()));
			}
			upToRound.stream().filter(value -> value.unitId() == null).forEach(value -> path.add(Figures.format(value.value())));
			if (path.size() > 1) {
				line += "; " + form.message("followup.indicators.trend", String.join(" → ", path));
			}
			if (text.length() + line.length() + 1 > MAX_SUMMARY) {
				text.append('\n').append(form.message("followup.indicators.more"));
				break;
			}
			text.append('\n').append(line);
		}
		return text.toString();
	}

	private String valueText(PlanIndicators.ValueView value, String unit) {
		return form.message("followup.indicators.value", value.unitName(), Figures.format(value.value()) + " " + unit,
				form.message("indicator.light." + value.light().name()));
	}

	@Override
	public Set<String> names() {
		return Set.of(SUMMARY, INDICATOR_SUMMARY);
	}

}
