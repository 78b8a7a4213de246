package dk.aarshjul.notification;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A start with {@code aarshjul.mail.required=true} and no mail server: nobody would get a task's
 * mail, a reminder or an escalation. The message is Danish, for whoever reads the log.
 */
class MailServerMissingException extends IllegalStateException {

	MailServerMissingException() {
		super(text("mail.required.missing"));
	}

	/** What to set so that the next start has a mail server. */
	String action() {
		return text("mail.required.missing.action");
	}

	/** Read straight from the bundle: the start fails before Spring's MessageSource is of any use. */
	private static String text(String key) {
		return ResourceBundle.getBundle("messages", Locale.forLanguageTag("da-DK"),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
			.getString(key);
	}

}
