package dk.aarshjul.notification;

/** Hands one plain-text mail to whatever delivers mail here. */
interface MailDelivery {

	void send(String to, String subject, String body);

}
