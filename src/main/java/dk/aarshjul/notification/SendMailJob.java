package dk.aarshjul.notification;

import dk.aarshjul.engine.ActivityJob;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A mail job: sends the notification its configuration names (see {@link MailJobs}). It belongs to
 * the service task of "Send e-mail om en opgave", whose retry cycle (R3/PT5M) it follows.
 */
@Component
class SendMailJob implements ActivityJob {

	/** Stored with every mail job: kept as it was when the job was a handler of its own. */
	static final String TYPE = "aarshjul-send-mail";

	private final ObjectProvider<SendNotificationMail> sender;

	SendMailJob(ObjectProvider<SendNotificationMail> sender) {
		this.sender = sender;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String processKey() {
		return NotificationProcess.KEY;
	}

	@Override
	public String activityId() {
		return NotificationProcess.SERVICE_TASK_SEND_MAIL;
	}

	@Override
	public void run(String configuration) {
		// the notification row stays when its job is deleted: it is what was written to whom, and when
		sender.getObject().send(Long.parseLong(configuration));
	}

}
