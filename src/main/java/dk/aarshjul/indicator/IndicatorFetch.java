package dk.aarshjul.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.aarshjul.plan.Indicator;
import dk.aarshjul.plan.IndicatorRepository;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Brings an indicator's latest official figure in from its external source, as the municipality's
 * value, marked as fetched and with the table and period as its source.
 */
@Service
public class IndicatorFetch {

	private final IndicatorRepository indicators;

	private final StatisticsSource source;

	private final IndicatorValues values;

	private final MessageSource messages;

	IndicatorFetch(IndicatorRepository indicators, StatisticsSource source, IndicatorValues values,
			MessageSource messages) {
		this.indicators = indicators;
		this.source = source;
		this.values = values;
		this.messages = messages;
	}

	/** The new value, or an empty list when the source has no figure for the selection yet. */
	public List<IndicatorValue> fetch(Long planId, Long indicatorId, String userId) {
		Indicator indicator = indicators.findByPlan(planId)
			.stream()
			.filter(candidate -> candidate.getId().equals(indicatorId))
			.findFirst()
			.orElseThrow(() -> new ValueRefusedException(List.of(text("indicator.unknown"))));
		if (indicator.getStatbankTable() == null || indicator.getStatbankTable().isBlank()) {
			throw new ValueRefusedException(List.of(text("indicator.statbank.unconfigured", indicator.getName())));
		}
		StatisticsSource.Measurement measurement;
		try {
			measurement = source.latest(indicator.getStatbankTable(), selection(indicator.getStatbankSelection())).orElse(null);
		}
		catch (StatisticsSource.SourceFailedException failed) {
			throw new ValueRefusedException(List.of(text("indicator.statbank.failed", failed.getMessage())));
		}
		if (measurement == null) {
			return List.of();
		}
		return values.record(planId, List.of(new NewValue(indicator.getId(), null, measurement.measuredOn(), null,
				measurement.value(), measurement.source(), null, null, null)), ValueOrigin.STATBANK, userId);
	}

	/** {@code OMRÅDE=316;KØN=TOT} as variable codes and values, in that order. */
	static Map<String, String> selection(String configured) {
		Map<String, String> selection = new LinkedHashMap<>();
		if (configured == null) {
			return selection;
		}
		for (String pair : configured.split(";")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				selection.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
			}
		}
		return selection;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
