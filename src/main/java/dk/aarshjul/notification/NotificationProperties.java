package dk.aarshjul.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of Årshjul's mails ({@code aarshjul.notification.*}); the SMTP server itself is {@code spring.mail.*}. */
@ConfigurationProperties("aarshjul.notification")
public record NotificationProperties(
		/** Where users reach Årshjul; mail links to tasks start here. */
		@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("aarshjul@localhost") String from,
		/** Whether a new task is announced by mail to whoever may do it. */
		@DefaultValue("true") boolean newTasks,
		/**
		 * Whether a leader who has not chosen gets new tasks in a daily digest while they have
		 * more than one open task (MailPreferences); otherwise one mail per task.
		 */
		@DefaultValue("true") boolean busyLeadersDigest,
		/** The hour (Danish time) of a working day from which the daily digests go out. */
		@DefaultValue("7") int digestHour) {

	public String taskLink(String taskId) {
		String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		return base + "/camunda/app/tasklist/default/#/?task=" + taskId;
	}

}
