package dk.aarshjul.notification;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The notification process's one job: send the mail. A mail server that is down fails the job,
 * which the engine retries and finally shows as an incident; a mail already sent is not sent
 * again when an incident is retried.
 */
@Component("sendNotificationMail")
class SendNotificationMail implements JavaDelegate {

	static final String NOTIFICATION_ID = "notificationId";

	private final NotificationRepository notifications;

	private final MailDelivery delivery;

	private final Clock clock;

	SendNotificationMail(NotificationRepository notifications, MailDelivery delivery, Clock clock) {
		this.notifications = notifications;
		this.delivery = delivery;
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
		delivery.send(notification.getRecipientEmail(), notification.getSubject(), notification.getBody());
		notification.markSent(clock.instant());
	}

}
