package dk.aarshjul.deadline;

import dk.aarshjul.system.ProcessAlone;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dk.aarshjul.deadline.DeadlineChaseProcess.END_EVENT_DEADLINES_CHASED;
import static dk.aarshjul.deadline.DeadlineChaseProcess.KEY;
import static dk.aarshjul.deadline.DeadlineChaseProcess.SERVICE_TASK_CHASE_DEADLINES;
import static dk.aarshjul.deadline.DeadlineChaseProcess.START_EVENT_EVERY_QUARTER_HOUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * deadline-chase.bpmn alone: every quarter of an hour a round starts, chases the deadlines in a
 * job of its own (a failing round is retried and becomes an incident, the next round still
 * comes), and the timer waits for the next quarter.
 */
@Deployment(resources = "bpmn/deadline-chase.bpmn")
class DeadlineChaseProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessAlone.engine(KEY);

	private final JavaDelegate deadlineChase = mock(JavaDelegate.class);

	@BeforeEach
	void registerBeans() {
		ProcessAlone.useEngineOf(engine);
		Mocks.register("deadlineChase", deadlineChase);
	}

	@AfterEach
	void forgetBeans() {
		ProcessAlone.forget();
	}

	@Test
	void everyQuarterHourARoundChasesTheDeadlinesAndTheNextRoundIsWaiting() throws Exception {
		Job quarter = managementService().createJobQuery().timers().singleResult();
		assertThat(quarter.getDuedate()).as("the next quarter of an hour").isNotNull();

		execute(quarter);

		ProcessInstance round = runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).singleResult();
		assertThat(round).hasPassed(START_EVENT_EVERY_QUARTER_HOUR).isWaitingAt(SERVICE_TASK_CHASE_DEADLINES);
		verify(deadlineChase, never()).execute(any());
		assertThat(managementService().createJobQuery().timers().count()).as("the next round's timer").isOne();

		execute(job(round));

		verify(deadlineChase).execute(any());
		assertThat(round).isEnded().hasPassed(END_EVENT_DEADLINES_CHASED);
	}

}
