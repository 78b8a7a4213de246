package dk.aarshjul.task;

import java.util.List;
import java.util.Map;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task's history keeps what the user handed in and the process's own variables, not what its
 * form only showed: a reviewer's decision and reason are in the history, the unit's name and the
 * unit plan as shown on the form are not, while the process instance keeps its plan title.
 */
@H2Test
class SelectiveHistoryTests {

	@Autowired
	CycleDriver cycle;

	@Autowired
	HistoryService history;

	@Test
	void aReviewKeepsTheDecisionInHistoryButNotWhatTheFormShowed() {
		String key = "DEMO-STRATEGI-2014";
		cycle.untilTranslation("DEMO-STRATEGI", key, 2014, List.of("skoler"));
		Task write = cycle.taskFor("birgit", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-skoler");
		cycle.complete("birgit", write, cycle.unitPlanOf(write, "Vi gør det"));
		String reviewer = CycleDriver.reviewerOf("skoler");
		Task review = cycle.taskFor(reviewer, UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, key + "-skoler");
		cycle.complete(reviewer, review, UnitTranslationProcess.Variables.APPROVED.with(true)
			.and(UnitTranslationProcess.Variables.REVIEW_REASON, "Fint"));

		List<String> reviewHistory = history.createHistoricVariableInstanceQuery().taskIdIn(review.getId()).list()
			.stream().map(HistoricVariableInstance::getName).toList();
		assertThat(reviewHistory).contains("unitPlanApproved", "reviewReason")
			.doesNotContain("unitName", "hasLocalMed", "unitPlanSummary", "previousReviewReason");
		assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(write.getId()).list())
			.extracting(HistoricVariableInstance::getName)
			.as("the rows the unit handed in")
			.contains("unitPlan")
			.doesNotContain("unitName", "reviewComment");
		assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(write.getProcessInstanceId())
			.variableName("planTitle").list())
			.as("the process's own plan title").isNotEmpty();
		assertThat(history.createHistoricDetailQuery().taskId(review.getId()).variableUpdates().list())
			.as("no detail rows for what the form showed").isNotEmpty()
			.allSatisfy(detail -> assertThat(
					((HistoricVariableUpdate) detail).getVariableName())
				.isNotIn("unitName", "hasLocalMed", "unitPlanSummary", "previousReviewReason"));
	}

}
