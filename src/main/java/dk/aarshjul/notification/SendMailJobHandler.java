package dk.aarshjul.notification;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.beans.factory.ObjectProvider;

/** Runs a mail job: sends the notification its configuration names (see {@link MailJobs}). */
class SendMailJobHandler implements JobHandler<SendMailJobHandler.NotificationToSend> {

	static final String TYPE = "aarshjul-send-mail";

	private final ObjectProvider<SendNotificationMail> sender;

	SendMailJobHandler(ObjectProvider<SendNotificationMail> sender) {
		this.sender = sender;
	}

	@Override
	public String getType() {
		return TYPE;
	}

	@Override
	public void execute(NotificationToSend configuration, ExecutionEntity execution, CommandContext commandContext,
			String tenantId) {
		sender.getObject().send(configuration.notificationId());
	}

	@Override
	public NotificationToSend newConfiguration(String canonicalString) {
		return new NotificationToSend(Long.parseLong(canonicalString));
	}

	@Override
	public void onDelete(NotificationToSend configuration, JobEntity jobEntity) {
		// the notification row stays: it is what was written to whom, and when it went out
	}

	record NotificationToSend(long notificationId) implements JobHandlerConfiguration {

		@Override
		public String toCanonicalString() {
			return Long.toString(notificationId);
		}

	}

}
