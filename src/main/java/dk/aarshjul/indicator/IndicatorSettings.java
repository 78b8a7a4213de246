package dk.aarshjul.indicator;

import java.math.BigDecimal;
import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aarshjul.indicators.*}: the municipality's default tolerance for yellow, the largest CSV
 * upload, and where Statistics Denmark's Statbank answers (a test points it at a local fake).
 */
@ConfigurationProperties("aarshjul.indicators")
public record IndicatorSettings(BigDecimal defaultYellowTolerancePercent, int csvMaxRows, URI statbankUrl) {

	public IndicatorSettings {
		if (defaultYellowTolerancePercent == null) {
			defaultYellowTolerancePercent = BigDecimal.TEN;
		}
		if (csvMaxRows <= 0) {
			csvMaxRows = 5000;
		}
		if (statbankUrl == null) {
			statbankUrl = URI.create("https://api.statbank.dk/v1/");
		}
	}

	public LightRule lightRule() {
		return new LightRule(defaultYellowTolerancePercent);
	}

}
