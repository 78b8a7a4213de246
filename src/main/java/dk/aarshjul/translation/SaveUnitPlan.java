package dk.aarshjul.translation;

import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The write-unit-plan task's completion: its form's rows ({@link UnitPlanRows#VARIABLE}) to
 * {@link UnitPlanWriting#submitUnitPlan}, whose answer routes the plan past local MED or not.
 */
@Component("saveUnitPlan")
class SaveUnitPlan implements TaskListener {

	private final UnitPlanWriting writing;

	private final FormData form;

	SaveUnitPlan(UnitPlanWriting writing, FormData form) {
		this.writing = writing;
		this.form = form;
	}

	@Override
	public void notify(DelegateTask task) {
		boolean discuss = writing.submitUnitPlan(new UnitPlanWriting.Submission(CycleVariables.cycleId(task),
				CycleVariables.planId(task), CycleVariables.unitId(task), CycleVariables.cycleYear(task),
				form.json(task, UnitPlanRows.VARIABLE),
				form.flag(task, UnitTranslationProcess.Variables.DISCUSS_IN_LOCAL_MED), TaskActor.of(task)));
		UnitTranslationProcess.Variables.LOCAL_MED_DISCUSSES.set(task.getExecution(), discuss);
	}

}
