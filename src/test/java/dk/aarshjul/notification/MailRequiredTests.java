package dk.aarshjul.notification;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code aarshjul.mail.required=true} refuses a start without a mail server, in Danish and naming
 * the settings; with a server, or without the setting, the start goes on (mails to the log).
 */
@ExtendWith(OutputCaptureExtension.class)
class MailRequiredTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
		.withUserConfiguration(MailDeliveryConfiguration.class)
		.withBean(Clock.class, Clock::systemUTC);

	@Test
	void aRequiredMailServerThatIsMissingRefusesTheStartInDanish() {
		context.withPropertyValues("aarshjul.mail.required=true").run(started -> {
			assertThat(started).hasFailed();
			Throwable failure = started.getStartupFailure();
			MailServerMissingException cause = rootOf(failure);
			assertThat(cause).as("the refusal").isNotNull();
			FailureAnalysis analysis = new MailServerMissingFailureAnalyzer().analyze(failure);
			assertThat(analysis.getDescription()).startsWith("Årshjul starter ikke")
				.contains("aarshjul.mail.required");
			assertThat(analysis.getAction()).contains("SPRING_MAIL_HOST");
		});
	}

	@Test
	void aStartWithoutAMailServerSaysSoInTheLog(CapturedOutput output) {
		context.run(started -> assertThat(started).hasNotFailed());
		assertThat(output.getAll()).contains("No SMTP server is configured").contains("Ingen mailserver er sat op");
	}

	@Test
	void aConfiguredServerOrNoRequirementStarts() {
		context.withPropertyValues("aarshjul.mail.required=true", "spring.mail.host=smtp.example.dk")
			.run(started -> {
				assertThat(started).hasNotFailed();
				assertThat(started.getBean(MailStatus.class).configured()).isTrue();
			});
		context.run(started -> {
			assertThat(started).hasNotFailed();
			assertThat(started.getBean(MailStatus.class).configured()).isFalse();
		});
	}

	private static MailServerMissingException rootOf(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof MailServerMissingException missing) {
				return missing;
			}
		}
		return null;
	}

}
