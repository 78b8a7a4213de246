package dk.aarshjul.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

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

	private final StatusReportRepository reports;

	private final UnitDirectory directory;

	private final FormData form;

	PrepareStatusSummary(StatusReportRepository reports, UnitDirectory directory, FormData form) {
		this.reports = reports;
		this.directory = directory;
		this.form = form;
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
	}

	@Override
	public Set<String> names() {
		return Set.of(SUMMARY);
	}

}
