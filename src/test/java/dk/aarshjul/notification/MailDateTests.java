package dk.aarshjul.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail's Date header is Copenhagen time whatever the server's zone: Jakarta Mail would write
 * it in the JVM's zone, which a case system that files the mail shows as it is.
 */
class MailDateTests {

	private final TimeZone serverZone = TimeZone.getDefault();

	@AfterEach
	void restore() {
		TimeZone.setDefault(serverZone);
	}

	@Test
	void theDateHeaderIsCopenhagenTimeOnAServerInUtc() throws Exception {
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
		List<MimeMessage> sent = new ArrayList<>();
		JavaMailSenderImpl smtp = new JavaMailSenderImpl() {
			@Override
			public void send(MimeMessage message) {
				sent.add(message);
			}
		};
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("smtp", smtp);
		// winter (UTC+1) and summer (UTC+2)
		for (String at : new String[] { "2026-12-01T23:30:00Z", "2027-06-30T22:30:00Z" }) {
			MailDelivery delivery = new MailDeliveryConfiguration().mailDelivery(beans.getBeanProvider(JavaMailSender.class),
					new NotificationProperties("https://aarshjul.example.dk", "aarshjul@example.dk", true, false, 7),
					Clock.fixed(Instant.parse(at), ZoneOffset.UTC), false);
			delivery.send("<id@aarshjul>", "karen@example.dk", "Emne", "Tekst");
		}
		assertThat(sent).extracting(message -> message.getHeader("Date", null))
			.containsExactly("Wed, 2 Dec 2026 00:30:00 +0100", "Thu, 1 Jul 2027 00:30:00 +0200");
	}

}
