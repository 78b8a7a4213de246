package dk.aarshjul.drafting;


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

import static dk.aarshjul.drafting.DraftingProcess.END_EVENT_DRAFT_READY;
import static dk.aarshjul.drafting.DraftingProcess.GATEWAY_DRAFT_AGAIN;
import static dk.aarshjul.drafting.DraftingProcess.KEY;
import static dk.aarshjul.drafting.DraftingProcess.USER_TASK_COMMENT_DRAFT;
import static dk.aarshjul.drafting.DraftingProcess.USER_TASK_DRAFT_PLAN;
import static dk.aarshjul.drafting.DraftingProcess.USER_TASK_MARK_DRAFT_READY;
import static dk.aarshjul.drafting.DraftingProcess.Variables.READY;
import static dk.aarshjul.task.CycleVariables.CYCLE;
import static dk.aarshjul.task.CycleVariables.PLAN;
import static dk.aarshjul.task.CycleVariables.TITLE;
import static dk.aarshjul.task.CycleVariables.YEAR;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** drafting.bpmn alone: the board drafts, the management group comments, the board marks it ready or works on. */
@Deployment(resources = "bpmn/drafting.bpmn")
class DraftingProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessAlone.engine(KEY);

	private final PlanInDrafting planInDrafting = mock(PlanInDrafting.class);

	private final TaskListener saveDraft = mock(TaskListener.class);

	private final TaskListener recordDraftComment = mock(TaskListener.class);

	private final TaskListener recordDraftReadiness = mock(TaskListener.class);

	@BeforeEach
	void registerBeans() {
		ProcessAlone.useEngineOf(engine);
		Mocks.register("planInDrafting", planInDrafting);
		Mocks.register("prepareDraftForm", mock(TaskListener.class));
		Mocks.register("saveDraft", saveDraft);
		Mocks.register("prepareCommentForm", mock(TaskListener.class));
		Mocks.register("recordDraftComment", recordDraftComment);
		Mocks.register("recordDraftReadiness", recordDraftReadiness);
		Mocks.register("draftingDeadlines", ProcessAlone.datesInAMonth(DraftingDeadlines.class));
	}

	@AfterEach
	void forgetBeans() {
		ProcessAlone.forget();
	}

	@Test
	void draftedCommentedAndReadyAtOnce() {
		ProcessInstance drafting = start();
		verify(planInDrafting).mark(7L);

		assertThat(drafting).isWaitingAt(USER_TASK_DRAFT_PLAN);
		assertThat(task(drafting)).hasCandidateGroup("direktion").hasDueDate(ProcessAlone.IN_A_MONTH);
		complete(task(drafting));
		verify(saveDraft).notify(any());

		assertThat(drafting).isWaitingAt(USER_TASK_COMMENT_DRAFT);
		assertThat(task(drafting)).hasCandidateGroup("koncernledelse");
		complete(task(drafting));
		verify(recordDraftComment).notify(any());

		assertThat(drafting).isWaitingAt(USER_TASK_MARK_DRAFT_READY);
		complete(task(drafting), READY.with(true));

		assertThat(drafting).hasPassedInOrder(USER_TASK_DRAFT_PLAN, USER_TASK_COMMENT_DRAFT, USER_TASK_MARK_DRAFT_READY)
			.isEnded()
			.hasPassed(END_EVENT_DRAFT_READY);
	}

	@Test
	void notReadyGoesBackToTheDraft() {
		ProcessInstance drafting = start();
		complete(task(drafting));
		complete(task(drafting));
		assertThat(drafting).isWaitingAt(USER_TASK_MARK_DRAFT_READY);
		complete(task(drafting), READY.with(false));

		assertThat(drafting).isWaitingAt(USER_TASK_DRAFT_PLAN);
		complete(task(drafting));
		complete(task(drafting));
		complete(task(drafting), READY.with(true));

		assertThat(drafting).isEnded().hasPassed(GATEWAY_DRAFT_AGAIN, END_EVENT_DRAFT_READY);
		verify(saveDraft, times(2)).notify(any());
		verify(recordDraftReadiness, times(2)).notify(any());
	}

	private static ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(KEY, "PLAN-2030",
				PLAN.with(7L).and(CYCLE, 3L).and(TITLE, "Planen").and(YEAR, 2030));
	}

}
