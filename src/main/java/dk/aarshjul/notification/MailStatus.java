package dk.aarshjul.notification;

/**
 * Whether Årshjul sends its mails, for the administrators' page: {@code host} is the SMTP server
 * ({@code spring.mail.host}), or null when none is configured and mails only go to the log.
 */
public record MailStatus(String host, Integer port) {

	public boolean configured() {
		return host != null && !host.isBlank();
	}

}
