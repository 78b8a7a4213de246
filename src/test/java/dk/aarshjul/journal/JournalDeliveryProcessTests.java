package dk.aarshjul.journal;

import java.util.Map;

import dk.aarshjul.journal.JournalDeliveryConfiguration.JournalRetries;
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

import static dk.aarshjul.journal.JournalDeliveryProcess.END_EVENT_ENTRY_DELIVERED;
import static dk.aarshjul.journal.JournalDeliveryProcess.KEY;
import static dk.aarshjul.journal.JournalDeliveryProcess.SERVICE_TASK_DELIVER_ENTRY;
import static dk.aarshjul.journal.JournalDeliveryProcess.SERVICE_TASK_RENDER_DOCUMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * journal-delivery.bpmn alone: after the decision's transaction, an entry's PDF is rendered in a
 * job of its own and then goes to the case system in another; a receiver that fails leaves its
 * job to the configured retry cycle without rendering again.
 */
@Deployment(resources = "bpmn/journal-delivery.bpmn")
class JournalDeliveryProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessAlone.engine(KEY);

	private final JavaDelegate renderJournalDocument = mock(JavaDelegate.class);

	private final JavaDelegate deliverJournalEntry = mock(JavaDelegate.class);

	@BeforeEach
	void registerBeans() {
		ProcessAlone.useEngineOf(engine);
		Mocks.register("renderJournalDocument", renderJournalDocument);
		Mocks.register("deliverJournalEntry", deliverJournalEntry);
		Mocks.register("journalRetries", new JournalRetries("R3/PT1M"));
	}

	@AfterEach
	void forgetBeans() {
		ProcessAlone.forget();
	}

	@Test
	void theDocumentIsRenderedAndThenDeliveredInJobsOfTheirOwn() throws Exception {
		ProcessInstance delivery = start();
		assertThat(delivery).isWaitingAt(SERVICE_TASK_RENDER_DOCUMENT);
		verify(renderJournalDocument, never()).execute(any());

		execute(job(delivery));

		verify(renderJournalDocument).execute(any());
		verify(deliverJournalEntry, never()).execute(any());
		assertThat(delivery).isWaitingAt(SERVICE_TASK_DELIVER_ENTRY);

		execute(job(delivery));

		verify(deliverJournalEntry).execute(any());
		assertThat(delivery).isEnded().hasPassed(END_EVENT_ENTRY_DELIVERED);
	}

	@Test
	void aFailingReceiverLeavesTheJobToTheConfiguredRetries() throws Exception {
		doThrow(new IllegalStateException("receiver down")).when(deliverJournalEntry).execute(any());
		ProcessInstance delivery = start();
		execute(job(delivery));
		Job delivering = job(delivery);

		assertThatThrownBy(() -> managementService().executeJob(delivering.getId())).hasMessageContaining("receiver down");

		// R3/PT1M: three tries in all, the first one spent
		assertThat(job(delivery).getRetries()).isEqualTo(2);
		assertThat(job(delivery).getExceptionMessage()).contains("receiver down");
		assertThat(delivery).isWaitingAt(SERVICE_TASK_DELIVER_ENTRY).hasNotPassed(END_EVENT_ENTRY_DELIVERED);
		verify(renderJournalDocument).execute(any());
	}

	@Test
	void aFailingRenderingLeavesTheJobToTheConfiguredRetriesAndDeliversNothing() throws Exception {
		doThrow(new IllegalStateException("font missing")).when(renderJournalDocument).execute(any());
		ProcessInstance delivery = start();
		Job rendering = job(delivery);

		assertThatThrownBy(() -> managementService().executeJob(rendering.getId())).hasMessageContaining("font missing");

		assertThat(job(delivery).getRetries()).isEqualTo(2);
		assertThat(delivery).isWaitingAt(SERVICE_TASK_RENDER_DOCUMENT);
		verify(deliverJournalEntry, never()).execute(any());
	}

	private static ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(KEY,
				Map.of(JournalDeliveryProcess.Variables.JOURNAL_ENTRY_ID, 7L));
	}

}
