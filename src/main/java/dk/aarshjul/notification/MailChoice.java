package dk.aarshjul.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a person wants to hear of new tasks; the value is what the settings form sends. Reminders,
 * escalations and four-eyes mails are always sent at once, whatever the choice.
 */
public enum MailChoice {

	/** One mail per new task, as soon as it is made. */
	PER_TASK("per-opgave"),

	/** One mail each Danish working day listing the new tasks since the last one. */
	DAILY_DIGEST("samlet");

	private final String formValue;

	MailChoice(String formValue) {
		this.formValue = formValue;
	}

	public String formValue() {
		return formValue;
	}

	public static Optional<MailChoice> fromFormValue(String value) {
		return Arrays.stream(values()).filter(choice -> choice.formValue.equals(value)).findFirst();
	}

}
