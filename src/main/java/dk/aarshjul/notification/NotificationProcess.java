package dk.aarshjul.notification;

/**
 * "Send e-mail om en opgave" (bpmn/notification.bpmn) as Java sees it:
 * its key and the ids of its flow nodes. Code and tests name an element through these
 * constants, so a renamed id fails to compile instead of silently matching nothing;
 * ModelConventionTests keeps them in step with the model.
 */
public final class NotificationProcess {

	public static final String KEY = "notification";

	/** E-mail klar */
	public static final String START_EVENT_MAIL_QUEUED = "startEvent_mailQueued";

	/** Send e-mail */
	public static final String SERVICE_TASK_SEND_MAIL = "serviceTask_sendMail";

	/** E-mail sendt */
	public static final String END_EVENT_MAIL_SENT = "endEvent_mailSent";

	private NotificationProcess() {
	}

}
