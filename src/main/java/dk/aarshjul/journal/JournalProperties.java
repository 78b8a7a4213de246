package dk.aarshjul.journal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code aarshjul.journal.*}: where entries go ({@code adapter}: none, folder or http), the KLE
 * number per plan kind, the delivery job's retries, and each adapter's settings.
 *
 * @param kle KLE number per {@link dk.aarshjul.plan.PlanKind} name; {@code default} for the rest
 */
@ConfigurationProperties("aarshjul.journal")
public record JournalProperties(@DefaultValue("none") JournalAdapterKind adapter, Map<String, String> kle,
		@DefaultValue("R5/PT1M") String retryCycle, @DefaultValue Folder folder, @DefaultValue Http http) {

	public JournalProperties {
		kle = kle == null ? Map.of() : Map.copyOf(kle);
	}

	/** The KLE number for the plan's kind, else the configured default, else 00.01.00. */
	String kleFor(String planKind) {
		return kle.getOrDefault(planKind, kle.getOrDefault("default", "00.01.00"));
	}

	/** @param directory where the case system picks up PDF and metadata */
	public record Folder(Path directory) {
	}

	/**
	 * @param url where to POST each entry
	 * @param token the bearer token sent with it
	 */
	public record Http(URI url, String token, @DefaultValue("10s") Duration connectTimeout,
			@DefaultValue("60s") Duration timeout) {
	}

}
