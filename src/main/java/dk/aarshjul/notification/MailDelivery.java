package dk.aarshjul.notification;

/**
 * Hands one plain-text mail to whatever delivers mail here. The {@code messageId} is the mail's
 * {@code Message-ID} header, given by the caller so that a mail sent again is known as the same.
 */
interface MailDelivery {

	void send(String messageId, String to, String subject, String body);

}
