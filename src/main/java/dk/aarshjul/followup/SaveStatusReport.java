package dk.aarshjul.followup;

import java.time.LocalDate;

import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The report-status task's completion: its form's rows to {@link StatusReporting#reportStatus}. */
@Component("saveStatusReport")
class SaveStatusReport implements TaskListener {

	private final StatusReporting reporting;

	private final FormData form;

	SaveStatusReport(StatusReporting reporting, FormData form) {
		this.reporting = reporting;
		this.form = form;
	}

	@Override
	public void notify(DelegateTask task) {
		reporting.reportStatus(new StatusReporting.Submission(CycleVariables.cycleId(task), CycleVariables.planId(task),
				CycleVariables.unitId(task), LocalDate.parse(CycleVariables.followUpDate(task)),
				form.json(task, PrepareStatusReportForm.VARIABLE), TaskActor.of(task)));
	}

}
