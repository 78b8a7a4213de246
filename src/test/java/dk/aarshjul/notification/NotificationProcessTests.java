package dk.aarshjul.notification;

import java.util.Map;

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

import static dk.aarshjul.notification.NotificationProcess.END_EVENT_MAIL_SENT;
import static dk.aarshjul.notification.NotificationProcess.KEY;
import static dk.aarshjul.notification.NotificationProcess.SERVICE_TASK_SEND_MAIL;
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
 * notification.bpmn alone: the mail goes out in a job of its own, after the transaction that
 * queued it; a failing relay leaves the job to be retried and finally an incident.
 */
@Deployment(resources = "bpmn/notification.bpmn")
class NotificationProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessAlone.engine(KEY);

	private final JavaDelegate sendNotificationMail = mock(JavaDelegate.class);

	@BeforeEach
	void registerBeans() {
		ProcessAlone.useEngineOf(engine);
		Mocks.register("sendNotificationMail", sendNotificationMail);
	}

	@AfterEach
	void forgetBeans() {
		ProcessAlone.forget();
	}

	@Test
	void theMailIsSentInAJobOfItsOwn() throws Exception {
		ProcessInstance mail = start();
		assertThat(mail).isWaitingAt(SERVICE_TASK_SEND_MAIL);
		verify(sendNotificationMail, never()).execute(any());

		execute(job(mail));

		verify(sendNotificationMail).execute(any());
		assertThat(mail).isEnded().hasPassed(END_EVENT_MAIL_SENT);
	}

	@Test
	void aFailingRelayLeavesTheJobWithOneRetryLessAndTheMailUnsent() throws Exception {
		doThrow(new IllegalStateException("relay down")).when(sendNotificationMail).execute(any());
		ProcessInstance mail = start();
		Job sending = job(mail);

		assertThatThrownBy(() -> managementService().executeJob(sending.getId())).hasMessageContaining("relay down");

		assertThat(job(mail).getRetries()).isEqualTo(sending.getRetries() - 1);
		assertThat(job(mail).getExceptionMessage()).contains("relay down");
		assertThat(mail).isWaitingAt(SERVICE_TASK_SEND_MAIL).hasNotPassed(END_EVENT_MAIL_SENT);
	}

	private static ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(KEY, Map.of("notificationId", 11L));
	}

}
