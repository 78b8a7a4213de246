package dk.aarshjul.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.aarshjul.plan.Indicator;
import dk.aarshjul.plan.IndicatorRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records indicator values: the light proposed by the rule, the reporter's choice (another light
 * only with a reason, red only with what is being done), all of a request or none of it. Values
 * that come from a file or from Statistics Denmark keep their origin, and every batch is logged with
 * who brought it in.
 */
@Service
public class IndicatorValues {

	private static final Logger log = LoggerFactory.getLogger(IndicatorValues.class);

	private final IndicatorRepository indicators;

	private final IndicatorValueRepository values;

	private final LightRule rule;

	private final Clock clock;

	private final MessageSource messages;

	IndicatorValues(IndicatorRepository indicators, IndicatorValueRepository values, IndicatorSettings settings,
			Clock clock, MessageSource messages) {
		this.indicators = indicators;
		this.values = values;
		this.rule = settings.lightRule();
		this.clock = clock;
		this.messages = messages;
	}

	/** The light the rule gives a value of this indicator measured on that date. */
	public Light propose(Indicator indicator, java.math.BigDecimal value, LocalDate measuredOn) {
		return rule.propose(indicator, value, measuredOn);
	}

	/**
	 * Saves the values of one plan's indicators entered by {@code userId}, or refuses them all with
	 * every problem named.
	 */
	@Transactional
	public List<IndicatorValue> record(Long planId, List<NewValue> entered, ValueOrigin origin, String userId) {
		Map<Long, Indicator> ofPlan = indicators.findByPlan(planId)
			.stream()
			.collect(Collectors.toMap(Indicator::getId, Function.identity()));
		List<String> problems = new ArrayList<>();
		List<IndicatorValue> accepted = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		for (NewValue value : entered) {
			Indicator indicator = ofPlan.get(value.indicatorId());
			if (indicator == null) {
				problems.add(text("indicator.unknown"));
				continue;
			}
			List<String> ofValue = problems(indicator, value, today, origin);
			if (!ofValue.isEmpty()) {
				problems.addAll(ofValue);
				continue;
			}
			Light proposed = rule.propose(indicator, value.value(), value.measuredOn());
			Light chosen = value.chosenLight() == null || origin != ValueOrigin.ENTERED ? proposed : value.chosenLight();
			accepted.add(new IndicatorValue(indicator, value.unitId(), value.measuredOn(), value.periodEnd(),
					value.value(), value.source(), origin, proposed, chosen, blankToNull(value.lightReason()),
					blankToNull(value.actionComment()), userId, clock.instant()));
		}
		if (!problems.isEmpty()) {
			throw new ValueRefusedException(problems);
		}
		List<IndicatorValue> saved = values.saveAll(accepted);
		if (origin != ValueOrigin.ENTERED) {
			log.info("{} indicator values of plan {} brought in ({}) by {}", saved.size(), planId, origin, userId);
		}
		return saved;
	}

	/**
	 * What is wrong with a value of this indicator, in Danish; empty when it may be saved. A light
	 * other than the rule's, and what is done about a red one, are the reporter's to explain in a
	 * round; an imported figure takes the rule's light and explains nothing.
	 */
	List<String> problems(Indicator indicator, NewValue value, LocalDate today, ValueOrigin origin) {
		List<String> problems = new ArrayList<>();
		String name = indicator.getName();
		if (value.value() == null) {
			problems.add(text("indicator.value.required", name));
		}
		if (value.measuredOn() == null) {
			problems.add(text("indicator.value.date", name));
		}
		else if (value.measuredOn().isAfter(today)) {
			problems.add(text("indicator.value.future", name));
		}
		if (value.unitId() == null && !indicator.getReporter().centrallyReported()) {
			problems.add(text("indicator.units.only", name));
		}
		if (value.unitId() != null && !indicator.getReporter().unitsReport()) {
			problems.add(text("indicator.central.only", name));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		if (origin != ValueOrigin.ENTERED) {
			return problems;
		}
		Light proposed = rule.propose(indicator, value.value(), value.measuredOn());
		Light chosen = value.chosenLight() == null ? proposed : value.chosenLight();
		if (chosen != proposed && isBlank(value.lightReason())) {
			problems.add(text("indicator.override.reason", name, lightName(proposed), lightName(chosen)));
		}
		if (chosen == Light.RED && isBlank(value.actionComment())) {
			problems.add(text("indicator.red.comment", name));
		}
		return problems;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Every value of the plan's indicators, oldest first. */
	@Transactional(readOnly = true)
	public List<IndicatorValue> ofPlan(Long planId) {
		List<Long> ids = indicators.findByPlan(planId).stream().map(Indicator::getId).toList();
		return ids.isEmpty() ? List.of() : values.findByIndicatorIds(ids);
	}

	String lightName(Light light) {
		return text("indicator.light." + light.name());
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String blankToNull(String text) {
		return isBlank(text) ? null : text.strip();
	}

}
