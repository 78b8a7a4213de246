package dk.aarshjul.security;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A production start in which no administrator could ever sign in: no AARSHJUL_ADMIN_PASSWORD,
 * and no administrator from an earlier start. The message is Danish, for whoever reads the log.
 */
class NoAdministratorException extends IllegalStateException {

	NoAdministratorException() {
		super(text("admin.missing"));
	}

	/** Read straight from the bundle: the start fails before Spring's MessageSource is of any use. */
	static String text(String key) {
		return ResourceBundle.getBundle("messages", Locale.forLanguageTag("da-DK"),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
			.getString(key);
	}

}
