package dk.aarshjul.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

import dk.aarshjul.calendar.WorkingTime;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Mail goes by SMTP when {@code spring.mail.host} is set. Without a server (the demo on a
 * laptop) mails are written to the log instead, so the cycle still runs and shows what it
 * would have sent — said at start-up as a warning and on the administrators' page
 * ({@link MailStatus}); with {@code aarshjul.mail.required=true} such a start is refused.
 * Scheduling is on for the morning hand-back of deputies' tasks.
 */
@Configuration
@EnableConfigurationProperties(NotificationProperties.class)
@EnableScheduling
class MailDeliveryConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MailDeliveryConfiguration.class);

	@Bean
	MailStatus mailStatus(@Value("${spring.mail.host:}") String host, @Value("${spring.mail.port:#{null}}") Integer port) {
		return new MailStatus(host.isBlank() ? null : host, port);
	}

	@Bean
	MailDelivery mailDelivery(ObjectProvider<JavaMailSender> smtp, NotificationProperties properties, Clock clock,
			@Value("${aarshjul.mail.required:false}") boolean required) {
		JavaMailSender sender = smtp.getIfAvailable();
		if (sender == null) {
			if (required) {
				throw new MailServerMissingException();
			}
			log.warn("No SMTP server is configured (spring.mail.host / SPRING_MAIL_HOST): mails are written to the "
					+ "log only, nobody receives them. / Ingen mailserver er sat op: e-mails skrives kun i loggen, "
					+ "ingen modtager dem. Set aarshjul.mail.required=true to refuse such a start.");
			return (messageId, to, subject, body) -> log.info("Mail {} to {}: {}\n{}", messageId, to, subject, body);
		}
		return (messageId, to, subject, body) -> {
			MimeMessage message = sender.createMimeMessage();
			try {
				MimeMessageHelper mail = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
				mail.setFrom(properties.from());
				mail.setTo(to);
				mail.setSubject(subject);
				mail.setText(body, false);
				// JavaMailSenderImpl keeps a Message-ID set before sending instead of making a random one
				message.setHeader("Message-ID", messageId);
				// Jakarta Mail writes the Date header in the JVM's zone; a reader who sees it raw (a case
				// system filing the mail) sees Copenhagen time, as everywhere else in Årshjul
				message.setHeader("Date",
						DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atZone(WorkingTime.ZONE)));
			}
			catch (MessagingException ex) {
				throw new MailPreparationException(ex);
			}
			sender.send(message);
		};
	}

}
