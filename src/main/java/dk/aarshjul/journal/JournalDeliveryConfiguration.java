package dk.aarshjul.journal;

import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one adapter {@code aarshjul.journal.adapter} names; {@code none} keeps entries in Årshjul. */
@Configuration
@EnableConfigurationProperties(JournalProperties.class)
class JournalDeliveryConfiguration {

	@Bean
	JournalAdapter journalAdapter(JournalProperties properties, ObjectMapper json) {
		return switch (properties.adapter()) {
			case FOLDER -> new FolderJournalAdapter(properties.folder().directory());
			case HTTP -> new HttpJournalAdapter(properties.http(), json);
			case NONE -> new JournalAdapter() {

				@Override
				public JournalAdapterKind kind() {
					return JournalAdapterKind.NONE;
				}

				@Override
				public Optional<String> deliver(JournalPackage journalPackage) {
					return Optional.empty();
				}

				@Override
				public String destination() {
					return "";
				}

			};
		};
	}

	/** The delivery job's retry cycle, read by the model: {@code ${journalRetries.cycle}}. */
	@Bean
	JournalRetries journalRetries(JournalProperties properties) {
		return new JournalRetries(properties.retryCycle());
	}

	public record JournalRetries(String cycle) {

		public String getCycle() {
			return cycle;
		}

	}

}
