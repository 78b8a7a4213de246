package dk.aarshjul.translation;


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

import static dk.aarshjul.task.CycleVariables.CYCLE;
import static dk.aarshjul.task.CycleVariables.PLAN;
import static dk.aarshjul.task.CycleVariables.TITLE;
import static dk.aarshjul.task.CycleVariables.UNIT;
import static dk.aarshjul.task.CycleVariables.YEAR;
import static dk.aarshjul.translation.UnitTranslationProcess.*;
import static dk.aarshjul.translation.UnitTranslationProcess.Variables.APPROVED;
import static dk.aarshjul.translation.UnitTranslationProcess.Variables.KIND;
import static dk.aarshjul.translation.UnitTranslationProcess.Variables.LOCAL_MED_DISCUSSES;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * unit-translation.bpmn with unit-plan-reviewer.dmn: the unit writes its plan, may discuss it in
 * its local MED committee, and the reviewer the table picks approves it or asks for changes.
 */
@Deployment(resources = { "bpmn/unit-translation.bpmn", "bpmn/unit-plan-reviewer.dmn" })
class UnitTranslationProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessAlone.engine(KEY);

	private final JavaDelegate prepareUnitTranslation = mock(JavaDelegate.class);

	private final TaskListener saveUnitPlan = mock(TaskListener.class);

	private final TaskListener recordLocalMedDiscussion = mock(TaskListener.class);

	private final TaskListener recordUnitPlanReview = mock(TaskListener.class);

	private final UnitDirectory unitDirectory = mock(UnitDirectory.class);

	private final UnitPlanReviewers unitPlanReviewers = mock(UnitPlanReviewers.class);

	@BeforeEach
	void registerBeans() {
		ProcessAlone.useEngineOf(engine);
		when(unitDirectory.leadersGroup("skoler")).thenReturn("unit-skoler-leaders");
		when(unitDirectory.localMedGroup("skoler")).thenReturn("med-skoler");
		when(unitPlanReviewers.groupFor(anyString(), anyString()))
			.thenAnswer(call -> call.getArgument(0) + "-of-" + call.getArgument(1));
		Mocks.register("prepareUnitTranslation", prepareUnitTranslation);
		Mocks.register("prepareUnitPlanForm", mock(TaskListener.class));
		Mocks.register("saveUnitPlan", saveUnitPlan);
		Mocks.register("recordLocalMedDiscussion", recordLocalMedDiscussion);
		Mocks.register("recordUnitPlanReview", recordUnitPlanReview);
		Mocks.register("unitDirectory", unitDirectory);
		Mocks.register("unitPlanReviewers", unitPlanReviewers);
		Mocks.register("translationDeadlines", ProcessAlone.datesInAMonth(TranslationDeadlines.class));
	}

	@AfterEach
	void forgetBeans() {
		ProcessAlone.forget();
	}

	@Test
	void departmentWritesDiscussesInLocalMedAndItsCoreAreaApproves() throws Exception {
		ProcessInstance translation = start("afdeling");
		verify(prepareUnitTranslation).execute(any());

		assertThat(translation).isWaitingAt(USER_TASK_WRITE_UNIT_PLAN);
		assertThat(task(translation)).hasCandidateGroup("unit-skoler-leaders");
		complete(task(translation), LOCAL_MED_DISCUSSES.with(true));
		verify(saveUnitPlan).notify(any());

		assertThat(translation).isWaitingAt(USER_TASK_DISCUSS_IN_LOCAL_MED);
		assertThat(task(translation)).hasCandidateGroup("med-skoler");
		complete(task(translation));
		verify(recordLocalMedDiscussion).notify(any());

		assertThat(translation).isWaitingAt(USER_TASK_REVIEW_UNIT_PLAN);
		assertThat(task(translation)).hasCandidateGroup("overordnet-chef-of-skoler");
		complete(task(translation), APPROVED.with(true));

		assertThat(translation).isEnded().hasPassed(BUSINESS_RULE_TASK_DECIDE_REVIEWER, END_EVENT_UNIT_PLAN_APPROVED);
	}

	@Test
	void coreAreaSkipsLocalMedAndRewritesOnceTheManagementGroupAsksForChanges() {
		ProcessInstance translation = start("kerneomraade");
		complete(task(translation), LOCAL_MED_DISCUSSES.with(false));

		assertThat(translation).isWaitingAt(USER_TASK_REVIEW_UNIT_PLAN);
		assertThat(task(translation)).hasCandidateGroup("koncernledelse-of-skoler");
		complete(task(translation), APPROVED.with(false));
		verify(recordUnitPlanReview).notify(any());

		assertThat(translation).isWaitingAt(USER_TASK_WRITE_UNIT_PLAN);
		complete(task(translation), LOCAL_MED_DISCUSSES.with(false));
		complete(task(translation), APPROVED.with(true));

		assertThat(translation).isEnded().hasPassed(GATEWAY_WRITE_AGAIN, GATEWAY_DISCUSSION_DONE)
			.hasNotPassed(USER_TASK_DISCUSS_IN_LOCAL_MED);
		verify(recordLocalMedDiscussion, never()).notify(any());
	}

	private static ProcessInstance start(String unitKind) {
		return runtimeService().startProcessInstanceByKey(KEY, "PLAN-2030-skoler", PLAN.with(7L)
				.and(CYCLE, 3L).and(TITLE, "Planen").and(YEAR, 2030).and(UNIT, "skoler").and(KIND, unitKind));
	}

}
