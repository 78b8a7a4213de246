package dk.aarshjul.cycle;

import java.util.List;
import java.util.Map;

import dk.aarshjul.system.ProcessAlone;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dk.aarshjul.cycle.StrategyCycleProcess.*;
import static dk.aarshjul.cycle.StrategyCycleProcess.Variables.NEXT_YEAR;
import static dk.aarshjul.task.CycleVariables.CYCLE;
import static dk.aarshjul.task.CycleVariables.PLAN;
import static dk.aarshjul.task.CycleVariables.TITLE;
import static dk.aarshjul.task.CycleVariables.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * strategy-cycle.bpmn alone, the year's outline: each phase it calls is a stub deployed with it
 * (the call activities bind to their own deployment), so this test proves the order of the
 * phases, the loop back after a sending back, one translation per unit and one follow-up round
 * per date. StrategyCycleProcessTests runs the real phases end to end.
 */
class StrategyCycleModelTests {

	private static final String DRAFTING = "drafting";

	private static final String MED_CONSULTATION = "medConsultation";

	private static final String POLITICAL_APPROVAL = "politicalApproval";

	private static final String UNIT_TRANSLATION = "unitTranslation";

	private static final String FOLLOW_UP_ROUND = "followUpRound";

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessAlone.engine(KEY, DRAFTING, MED_CONSULTATION,
			POLITICAL_APPROVAL, UNIT_TRANSLATION, FOLLOW_UP_ROUND);

	private final JavaDelegate registerCycle = mock(JavaDelegate.class);

	private final TaskListener recordTranslatingUnits = mock(TaskListener.class);

	private final JavaDelegate startFollowUp = mock(JavaDelegate.class);

	private final TaskListener recordEvaluation = mock(TaskListener.class);

	private final JavaDelegate prepareNextYearDraft = mock(JavaDelegate.class);

	private Deployment deployment;

	@BeforeEach
	void deployWithStubbedPhasesAndRegisterBeans() {
		ProcessAlone.useEngineOf(engine);
		deployment = repositoryService().createDeployment()
			.addClasspathResource("bpmn/strategy-cycle.bpmn")
			.addModelInstance("drafting-stub.bpmn", ProcessAlone.stub(DRAFTING))
			.addModelInstance("med-consultation-stub.bpmn", ProcessAlone.stub(MED_CONSULTATION))
			.addModelInstance("political-approval-stub.bpmn", ProcessAlone.stub(POLITICAL_APPROVAL))
			.addModelInstance("unit-translation-stub.bpmn", ProcessAlone.stub(UNIT_TRANSLATION))
			.addModelInstance("follow-up-round-stub.bpmn", ProcessAlone.stub(FOLLOW_UP_ROUND))
			.deploy();
		engine.manageDeployment(deployment);
		CycleCalendar calendar = ProcessAlone.datesInAMonth(CycleCalendar.class);
		when(calendar.followUpDates(3L)).thenReturn(List.of("2030-06-30", "2030-12-31"));
		TranslationUnits translationUnits = mock(TranslationUnits.class);
		when(translationUnits.of(3L)).thenReturn(List.of("skoler", "dagtilbud", "hr"));
		Mocks.register("registerCycle", registerCycle);
		Mocks.register("prepareTranslatingUnitsForm", mock(TaskListener.class));
		Mocks.register("recordTranslatingUnits", recordTranslatingUnits);
		Mocks.register("translationUnits", translationUnits);
		Mocks.register("startFollowUp", startFollowUp);
		Mocks.register("recordEvaluation", recordEvaluation);
		Mocks.register("prepareNextYearDraft", prepareNextYearDraft);
		Mocks.register("cycleCalendar", calendar);
	}

	@AfterEach
	void forgetBeans() {
		ProcessAlone.forget();
	}

	@Test
	void approvedAtOnceTranslatedByEveryUnitFollowedUpTwiceAndCopiedAsNextYearsDraft() throws Exception {
		ProcessInstance cycle = start();
		verify(registerCycle).execute(any());

		finishPhase(cycle, CALL_ACTIVITY_DRAFTING, DRAFTING, Map.of());
		finishPhase(cycle, CALL_ACTIVITY_MED_CONSULTATION, MED_CONSULTATION, Map.of());
		finishPhase(cycle, CALL_ACTIVITY_POLITICAL_APPROVAL, POLITICAL_APPROVAL,
				dk.aarshjul.approval.PoliticalApprovalProcess.Variables.SENT_BACK.with(false));

		assertThat(cycle).isWaitingAt(USER_TASK_CHOOSE_TRANSLATING_UNITS);
		assertThat(task(cycle)).hasCandidateGroup("direktion");
		complete(task(cycle));
		verify(recordTranslatingUnits).notify(any());

		assertThat(cycle).isWaitingAt(CALL_ACTIVITY_UNIT_TRANSLATION);
		List<Task> translations = stubTasks(UNIT_TRANSLATION);
		assertThat(translations).hasSize(3);
		translations.forEach(translation -> complete(translation));
		verify(startFollowUp).execute(any());

		finishPhase(cycle, CALL_ACTIVITY_FOLLOW_UP_ROUND, FOLLOW_UP_ROUND, Map.of());
		finishPhase(cycle, CALL_ACTIVITY_FOLLOW_UP_ROUND, FOLLOW_UP_ROUND, Map.of());

		assertThat(cycle).isWaitingAt(USER_TASK_EVALUATE_PLAN);
		complete(task(cycle), NEXT_YEAR.with(true));
		verify(recordEvaluation).notify(any());

		verify(prepareNextYearDraft).execute(any());
		assertThat(cycle).isEnded()
			.hasPassedInOrder(SERVICE_TASK_REGISTER_CYCLE, CALL_ACTIVITY_DRAFTING, CALL_ACTIVITY_MED_CONSULTATION,
					CALL_ACTIVITY_POLITICAL_APPROVAL, USER_TASK_CHOOSE_TRANSLATING_UNITS, CALL_ACTIVITY_UNIT_TRANSLATION,
					SERVICE_TASK_START_FOLLOW_UP, CALL_ACTIVITY_FOLLOW_UP_ROUND, USER_TASK_EVALUATE_PLAN,
					SERVICE_TASK_PREPARE_NEXT_YEAR_DRAFT, END_EVENT_NEXT_YEAR_PREPARED);
	}

	@Test
	void sentBackOnceThenDraftedAgainAndEndedWithoutANextYear() throws Exception {
		ProcessInstance cycle = start();
		finishPhase(cycle, CALL_ACTIVITY_DRAFTING, DRAFTING, Map.of());
		finishPhase(cycle, CALL_ACTIVITY_MED_CONSULTATION, MED_CONSULTATION, Map.of());
		finishPhase(cycle, CALL_ACTIVITY_POLITICAL_APPROVAL, POLITICAL_APPROVAL,
				dk.aarshjul.approval.PoliticalApprovalProcess.Variables.SENT_BACK.with(true));

		assertThat(cycle).isWaitingAt(CALL_ACTIVITY_DRAFTING);
		finishPhase(cycle, CALL_ACTIVITY_DRAFTING, DRAFTING, Map.of());
		finishPhase(cycle, CALL_ACTIVITY_MED_CONSULTATION, MED_CONSULTATION, Map.of());
		finishPhase(cycle, CALL_ACTIVITY_POLITICAL_APPROVAL, POLITICAL_APPROVAL,
				dk.aarshjul.approval.PoliticalApprovalProcess.Variables.SENT_BACK.with(false));
		complete(task(cycle));
		stubTasks(UNIT_TRANSLATION).forEach(translation -> complete(translation));
		finishPhase(cycle, CALL_ACTIVITY_FOLLOW_UP_ROUND, FOLLOW_UP_ROUND, Map.of());
		finishPhase(cycle, CALL_ACTIVITY_FOLLOW_UP_ROUND, FOLLOW_UP_ROUND, Map.of());
		complete(task(cycle), NEXT_YEAR.with(false));

		verify(prepareNextYearDraft, never()).execute(any());
		verify(registerCycle, times(1)).execute(any());
		assertThat(cycle).isEnded().hasPassed(GATEWAY_DRAFTING_AGAIN, GATEWAY_PLAN_APPROVED, END_EVENT_CYCLE_COMPLETED)
			.hasNotPassed(END_EVENT_NEXT_YEAR_PREPARED);
	}

	/** The cycle waits in the phase; the phase's stub ends with the variables it hands back. */
	private static void finishPhase(ProcessInstance cycle, String callActivity, String calledKey,
			Map<String, Object> results) {
		assertThat(cycle).isWaitingAt(callActivity);
		List<Task> stubs = stubTasks(calledKey);
		assertThat(stubs).hasSize(1);
		complete(stubs.get(0), results);
	}

	private static List<Task> stubTasks(String calledKey) {
		return taskQuery().taskDefinitionKey(ProcessAlone.stubTask(calledKey)).list();
	}

	private static ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(KEY, "PLAN-2030",
				PLAN.with(7L).and(CYCLE, 3L).and(TITLE, "Planen").and(YEAR, 2030));
	}

}
