package dk.aarshjul.notification;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The notification process's one job: send the mail. A mail server that is down fails the job,
 * which the engine retries and finally shows as an incident; a mail already sent is not sent
 * again when an incident is retried. The SMTP server cannot take part in the job's transaction,
 * so a node that dies between handing over the mail and committing sends it again on the next
 * try: mail is at least once, and both copies carry the same {@code Message-ID}.
 */
@Component("sendNotificationMail")
class SendNotificationMail implements JavaDelegate {

	static final String NOTIFICATION_ID = "notificationId";

	private final NotificationRepository notifications;

	private final MailDelivery delivery;

	private final NotificationMessageId messageIds;

	private final Clock clock;

	SendNotificationMail(NotificationRepository notifications, MailDelivery delivery, NotificationMessageId messageIds,
			Clock clock) {
		this.notifications = notifications;
		this.delivery = delivery;
		this.messageIds = messageIds;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Notification notification = notifications
			.findById(((Number) execution.getVariable(NOTIFICATION_ID)).longValue())
			.orElseThrow();
		if (notification.getSentAt() != null) {
			return;
		}
		delivery.send(messageIds.of(notification), notification.getRecipientEmail(), notification.getSubject(),
				notification.getBody());
		notification.markSent(clock.instant());
	}

}
