package dk.aarshjul.organisation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Danish texts for problems found while loading the organisation file. They are read before the
 * application context exists, so they come straight from the messages bundle rather than from
 * Spring's MessageSource.
 */
final class OrganisationMessages {

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private OrganisationMessages() {
	}

	static String get(String key, Object... args) {
		ResourceBundle bundle = ResourceBundle.getBundle("messages", DANISH,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(key), DANISH).format(args);
	}

}
