package dk.aarshjul.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Mail goes by SMTP when {@code spring.mail.host} is set. Without a server (the demo on a
 * laptop) mails are written to the log instead, so the cycle still runs and shows what it
 * would have sent. Scheduling is on for the morning hand-back of deputies' tasks.
 */
@Configuration
@EnableConfigurationProperties(NotificationProperties.class)
@EnableScheduling
class MailDeliveryConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MailDeliveryConfiguration.class);

	@Bean
	MailDelivery mailDelivery(ObjectProvider<JavaMailSender> smtp, NotificationProperties properties) {
		JavaMailSender sender = smtp.getIfAvailable();
		if (sender == null) {
			log.warn("No SMTP server is configured (spring.mail.host): mails are written to the log only");
			return (to, subject, body) -> log.info("Mail to {}: {}\n{}", to, subject, body);
		}
		return (to, subject, body) -> {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(properties.from());
			message.setTo(to);
			message.setSubject(subject);
			message.setText(body);
			sender.send(message);
		};
	}

}
