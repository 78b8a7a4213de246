package dk.aarshjul.consultation;


import dk.aarshjul.system.ProcessAlone;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dk.aarshjul.consultation.MedConsultationProcess.*;
import static dk.aarshjul.consultation.MedConsultationProcess.Variables.DRAFT_TO_ADJUST;
import static dk.aarshjul.task.CycleVariables.CYCLE;
import static dk.aarshjul.task.CycleVariables.PLAN;
import static dk.aarshjul.task.CycleVariables.TITLE;
import static dk.aarshjul.task.CycleVariables.YEAR;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * med-consultation.bpmn alone: Hovedudvalget states or the deadline closes the hearing, the board
 * answers and adjusts the draft or leaves it as it is.
 */
@Deployment(resources = "bpmn/med-consultation.bpmn")
class MedConsultationProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessAlone.engine(KEY);

	private final JavaDelegate sendDraftToMainCommittee = mock(JavaDelegate.class);

	private final TaskListener recordStatement = mock(TaskListener.class);

	private final JavaDelegate recordNoStatement = mock(JavaDelegate.class);

	private final TaskListener recordStatementAnswer = mock(TaskListener.class);

	private final TaskListener saveAdjustedDraft = mock(TaskListener.class);

	@BeforeEach
	void registerBeans() {
		ProcessAlone.useEngineOf(engine);
		Mocks.register("sendDraftToMainCommittee", sendDraftToMainCommittee);
		Mocks.register("recordStatement", recordStatement);
		Mocks.register("recordNoStatement", recordNoStatement);
		Mocks.register("prepareAnswerForm", mock(TaskListener.class));
		Mocks.register("recordStatementAnswer", recordStatementAnswer);
		Mocks.register("prepareAdjustedDraftForm", mock(TaskListener.class));
		Mocks.register("saveAdjustedDraft", saveAdjustedDraft);
		Mocks.register("consultationDeadlines", ProcessAlone.datesInAMonth(ConsultationDeadlines.class));
	}

	@AfterEach
	void forgetBeans() {
		ProcessAlone.forget();
	}

	@Test
	void statementGivenThenDraftAdjusted() throws Exception {
		ProcessInstance hearing = start();
		verify(sendDraftToMainCommittee).execute(any());

		assertThat(hearing).isWaitingAt(USER_TASK_GIVE_STATEMENT);
		assertThat(task(hearing)).hasCandidateGroup("hovedudvalg").hasDueDate(ProcessAlone.IN_A_MONTH);
		complete(task(hearing));
		verify(recordStatement).notify(any());

		assertThat(hearing).isWaitingAt(USER_TASK_ANSWER_STATEMENT);
		assertThat(task(hearing)).hasCandidateGroup("direktion");
		complete(task(hearing), DRAFT_TO_ADJUST.with(true));
		verify(recordStatementAnswer).notify(any());

		assertThat(hearing).isWaitingAt(USER_TASK_ADJUST_DRAFT);
		complete(task(hearing));
		verify(saveAdjustedDraft).notify(any());

		assertThat(hearing).isEnded().hasPassed(USER_TASK_ADJUST_DRAFT, END_EVENT_CONSULTATION_CLOSED)
			.hasNotPassed(SERVICE_TASK_RECORD_NO_STATEMENT);
	}

	@Test
	void deadlinePassedWithoutStatementThenDraftAsItIs() throws Exception {
		ProcessInstance hearing = start();
		assertThat(hearing).isWaitingAt(USER_TASK_GIVE_STATEMENT);

		execute(jobQuery().processInstanceId(hearing.getId()).activityId(BOUNDARY_EVENT_CONSULTATION_DEADLINE).singleResult());

		verify(recordNoStatement).execute(any());
		verify(recordStatement, never()).notify(any());
		assertThat(hearing).hasPassed(BOUNDARY_EVENT_CONSULTATION_DEADLINE, SERVICE_TASK_RECORD_NO_STATEMENT)
			.isWaitingAt(USER_TASK_ANSWER_STATEMENT);
		complete(task(hearing), DRAFT_TO_ADJUST.with(false));

		assertThat(hearing).isEnded().hasPassed(GATEWAY_DRAFT_SETTLED, END_EVENT_CONSULTATION_CLOSED)
			.hasNotPassed(USER_TASK_ADJUST_DRAFT);
	}

	private static ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(KEY, "PLAN-2030",
				PLAN.with(7L).and(CYCLE, 3L).and(TITLE, "Planen").and(YEAR, 2030));
	}

}
