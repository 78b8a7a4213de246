package dk.aarshjul.notification;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends a notification's mail: run by its mail job ({@link MailJobs}), or by the model's service
 * task should an instance of the model be started by hand. A mail server that is down fails the job,
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
		send(((Number) execution.getVariable(NOTIFICATION_ID)).longValue());
	}

	/** Sends the notification's mail unless it went out before. */
	void send(long notificationId) {
		Notification notification = notifications.findById(notificationId).orElseThrow();
		if (notification.getSentAt() != null) {
			return;
		}
		delivery.send(messageIds.of(notification), notification.getRecipientEmail(), notification.getSubject(),
				notification.getBody());
		notification.markSent(clock.instant());
	}

}
