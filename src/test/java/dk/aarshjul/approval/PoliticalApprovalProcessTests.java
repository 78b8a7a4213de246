package dk.aarshjul.approval;


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

import static dk.aarshjul.approval.PoliticalApprovalProcess.*;
import static dk.aarshjul.approval.PoliticalApprovalProcess.Variables.KIND;
import static dk.aarshjul.approval.PoliticalApprovalProcess.Variables.SENT_BACK;
import static dk.aarshjul.task.CycleVariables.CYCLE;
import static dk.aarshjul.task.CycleVariables.PLAN;
import static dk.aarshjul.task.CycleVariables.TITLE;
import static dk.aarshjul.task.CycleVariables.YEAR;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * political-approval.bpmn with approving-bodies.dmn: the table picks the bodies, each decides in
 * turn, and the first to send the plan back ends the approval.
 */
@Deployment(resources = { "bpmn/political-approval.bpmn", "bpmn/approving-bodies.dmn" })
class PoliticalApprovalProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessAlone.engine(KEY);

	private final JavaDelegate submitForPoliticalReview = mock(JavaDelegate.class);

	private final TaskListener recordCommitteeDecision = mock(TaskListener.class);

	private final JavaDelegate approvePlan = mock(JavaDelegate.class);

	@BeforeEach
	void registerBeans() {
		ProcessAlone.useEngineOf(engine);
		Mocks.register("submitForPoliticalReview", submitForPoliticalReview);
		Mocks.register("prepareDecisionForm", mock(TaskListener.class));
		Mocks.register("recordCommitteeDecision", recordCommitteeDecision);
		Mocks.register("approvePlan", approvePlan);
		Mocks.register("approvalDeadlines", ProcessAlone.datesInAMonth(ApprovalDeadlines.class));
	}

	@AfterEach
	void forgetBeans() {
		ProcessAlone.forget();
	}

	@Test
	void administrativeStrategyApprovedByTheFinanceCommitteeAlone() throws Exception {
		ProcessInstance approval = start("ADMINISTRATIVE_STRATEGY");
		verify(submitForPoliticalReview).execute(any());

		assertThat(approval).isWaitingAt(USER_TASK_DECIDE_ON_PLAN);
		assertThat(task(approval)).hasCandidateGroup("oekonomiudvalg");
		complete(task(approval), SENT_BACK.with(false));
		verify(recordCommitteeDecision).notify(any());

		verify(approvePlan).execute(any());
		assertThat(approval).isEnded().hasPassed(SERVICE_TASK_APPROVE_PLAN, END_EVENT_PLAN_APPROVED);
	}

	@Test
	void politicalStrategyApprovedByTheFinanceCommitteeThenSentBackByTheCouncil() throws Exception {
		ProcessInstance approval = start("POLITICAL_STRATEGY");
		assertThat(task(approval)).hasCandidateGroup("oekonomiudvalg");
		complete(task(approval), SENT_BACK.with(false));

		assertThat(approval).isWaitingAt(USER_TASK_DECIDE_ON_PLAN);
		assertThat(task(approval)).hasCandidateGroup("byraad");
		complete(task(approval), SENT_BACK.with(true));

		verify(approvePlan, never()).execute(any());
		assertThat(approval).isEnded().hasPassed(GATEWAY_SENT_BACK, END_EVENT_PLAN_SENT_BACK)
			.hasNotPassed(SERVICE_TASK_APPROVE_PLAN)
			.variables().containsEntry(SENT_BACK.name(), true);
	}

	@Test
	void theFirstBodyToSendBackEndsTheApproval() {
		ProcessInstance approval = start("POLITICAL_STRATEGY");
		complete(task(approval), SENT_BACK.with(true));

		assertThat(approval).isEnded().hasPassed(END_EVENT_PLAN_SENT_BACK);
	}

	private static ProcessInstance start(String planKind) {
		return runtimeService().startProcessInstanceByKey(KEY, "PLAN-2030", PLAN.with(7L).and(CYCLE, 3L)
				.and(TITLE, "Planen").and(YEAR, 2030).and(KIND, planKind));
	}

}
