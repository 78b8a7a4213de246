package dk.aarshjul.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.plan.Goal;
import dk.aarshjul.plan.StrategyPlan;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.InvalidTaskInputException;
import dk.aarshjul.task.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Saves a unit's half-yearly status: every goal green, yellow or red; yellow and red need a
 * comment saying why.
 */
@Component("saveStatusReport")
class SaveStatusReport implements TaskListener {

	private final StatusReportRepository reports;

	private final StrategyPlanRepository plans;

	private final FormData form;

	private final Clock clock;

	private final AuditTrail audit;

	SaveStatusReport(StatusReportRepository reports, StrategyPlanRepository plans, FormData form, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.reports = reports;
		this.plans = plans;
		this.form = form;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		StrategyPlan plan = plans.findById(CycleVariables.planId(task)).orElseThrow();
		StatusReport report = new StatusReport(plan, CycleVariables.unitId(task),
				LocalDate.parse(CycleVariables.followUpDate(task)));
		List<String> problems = new ArrayList<>();
		List<Goal> goals = plan.getFocusAreas().stream().flatMap(area -> area.getGoals().stream()).toList();
		for (int slot = 1; slot <= goals.size(); slot++) {
			Goal goal = goals.get(slot - 1);
			String chosen = form.slotText(task, PrepareStatusReportForm.LIGHT, slot);
			Optional<TrafficLight> light = Arrays.stream(TrafficLight.values())
				.filter(value -> value.name().equals(chosen))
				.findFirst();
			String comment = form.slotText(task, PrepareStatusReportForm.COMMENT, slot);
			if (light.isEmpty()) {
				problems.add(form.message("followup.light.required", goal.getDescription()));
			}
			else if (light.get() != TrafficLight.GREEN && comment.isEmpty()) {
				problems.add(form.message("followup.comment.required", goal.getDescription()));
			}
			else if (comment.length() > 4000) {
				problems.add(form.message("followup.comment.tooLong", goal.getDescription()));
			}
			else {
				report.report(goal, light.get(), comment.isEmpty() ? null : comment);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidTaskInputException(problems);
		}
		report.submit(TaskActor.of(task), clock.instant());
		audit.byTask(task, AuditAction.STATUS_REPORTED,
				CycleVariables.unitId(task) + " " + CycleVariables.followUpDate(task), null);
		reports.save(report);
	}

}
