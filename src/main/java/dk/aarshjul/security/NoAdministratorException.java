package dk.aarshjul.security;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A production start in which no administrator could ever sign in: in mode local no
 * AARSHJUL_ADMIN_PASSWORD, in modes oidc and ldap no role or directory group that makes
 * administrators — and no administrator from an earlier start. The message is Danish, for whoever reads the log.
 */
class NoAdministratorException extends IllegalStateException {

	private final String action;

	NoAdministratorException() {
		this("admin.missing");
	}

	/** @param key the message; its action is under {@code <key>.action} */
	NoAdministratorException(String key) {
		super(text(key));
		this.action = text(key + ".action");
	}

	/** What to set so that the next start has an administrator. */
	String action() {
		return action;
	}

	/** Read straight from the bundle: the start fails before Spring's MessageSource is of any use. */
	static String text(String key) {
		return ResourceBundle.getBundle("messages", Locale.forLanguageTag("da-DK"),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
			.getString(key);
	}

}
