package dk.aarshjul.notification;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * The {@code Message-ID} of a notification's mail: the same every time that notification is sent.
 * Sending is at least once (a node that dies after the SMTP server took the mail, before the job
 * committed, sends it again), so a relay or mail client that has the first copy drops the second.
 * <p>
 * The notification's id alone would repeat in another installation or after a fresh database, and
 * a mail client would then drop a new mail as a copy; the hash of what the notification is about
 * (and when it was written) keeps ids apart, the host of Årshjul's address keeps them ours.
 */
@Component
class NotificationMessageId {

	private final String host;

	NotificationMessageId(NotificationProperties properties) {
		this.host = hostOf(properties.baseUrl());
	}

	String of(Notification notification) {
		String identity = String.join("|", String.valueOf(notification.getId()), String.valueOf(notification.getKind()),
				notification.getRecipientEmail(), String.valueOf(notification.getTaskId()),
				// as stored: the database may keep fewer digits than the clock gave when it was written
				String.valueOf(notification.getCreatedAt().truncatedTo(ChronoUnit.MILLIS).toEpochMilli()));
		return "<" + notification.getId() + "." + hash(identity) + "@" + host + ">";
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static String hostOf(String baseUrl) {
		String host = URI.create(baseUrl).getHost();
		return host == null || host.isBlank() ? "aarshjul.localhost" : host;
	}

}
