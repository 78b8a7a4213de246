package dk.aarshjul.followup;

import java.util.List;

import dk.aarshjul.system.ProcessAlone;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dk.aarshjul.followup.FollowUpRoundProcess.*;
import static dk.aarshjul.task.CycleVariables.CYCLE;
import static dk.aarshjul.task.CycleVariables.FOLLOW_UP;
import static dk.aarshjul.task.CycleVariables.PLAN;
import static dk.aarshjul.task.CycleVariables.TITLE;
import static dk.aarshjul.task.CycleVariables.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * follow-up-round.bpmn alone: on the follow-up date every unit reports, the board reviews the
 * whole, Økonomiudvalget takes note.
 */
@Deployment(resources = "bpmn/follow-up-round.bpmn")
class FollowUpRoundProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessAlone.engine(KEY);

	private final TaskListener saveStatusReport = mock(TaskListener.class);

	private final TaskListener recordStatusReview = mock(TaskListener.class);

	private final TaskListener recordStatusNoted = mock(TaskListener.class);

	@BeforeEach
	void registerBeans() {
		ProcessAlone.useEngineOf(engine);
		ReportingUnits reportingUnits = mock(ReportingUnits.class);
		when(reportingUnits.of(3L)).thenReturn(List.of("skoler", "dagtilbud"));
		when(reportingUnits.leadersGroup(anyString())).thenAnswer(call -> "unit-" + call.getArgument(0) + "-leaders");
		Mocks.register("reportingUnits", reportingUnits);
		Mocks.register("prepareStatusReportForm", mock(TaskListener.class));
		Mocks.register("saveStatusReport", saveStatusReport);
		Mocks.register("prepareStatusSummary", mock(TaskListener.class));
		Mocks.register("prepareStatusReviewForm", mock(TaskListener.class));
		Mocks.register("recordStatusReview", recordStatusReview);
		Mocks.register("recordStatusNoted", recordStatusNoted);
		Mocks.register("followUpDeadlines", ProcessAlone.datesInAMonth(FollowUpDeadlines.class));
	}

	@AfterEach
	void forgetBeans() {
		ProcessAlone.forget();
	}

	@Test
	void onTheFollowUpDateEveryUnitReportsThenTheBoardReviewsAndTheCommitteeNotes() {
		ProcessInstance round = runtimeService().startProcessInstanceByKey(KEY, "PLAN-2030", PLAN.with(7L)
				.and(CYCLE, 3L).and(TITLE, "Planen").and(YEAR, 2030).and(FOLLOW_UP, "2030-06-30"));
		assertThat(round).isWaitingAt(TIMER_EVENT_FOLLOW_UP_DATE);
		assertThat(job(round)).hasDueDate(ProcessAlone.IN_A_MONTH);

		execute(job(round));

		assertThat(round).isWaitingAt(USER_TASK_REPORT_STATUS);
		assertThat(taskQuery().taskCandidateGroup("unit-skoler-leaders").count()).isEqualTo(1);
		assertThat(taskQuery().taskCandidateGroup("unit-dagtilbud-leaders").count()).isEqualTo(1);
		taskQuery().taskDefinitionKey(USER_TASK_REPORT_STATUS).list().forEach(report -> complete(report));
		verify(saveStatusReport, times(2)).notify(any());

		assertThat(round).isWaitingAt(USER_TASK_REVIEW_STATUS);
		assertThat(task(round)).hasCandidateGroup("direktion");
		complete(task(round));
		verify(recordStatusReview).notify(any());

		assertThat(round).isWaitingAt(USER_TASK_NOTE_STATUS);
		assertThat(task(round)).hasCandidateGroup("oekonomiudvalg");
		complete(task(round));
		verify(recordStatusNoted).notify(any());

		assertThat(round).isEnded().hasPassed(END_EVENT_FOLLOW_UP_ROUND_DONE);
	}

}
