package dk.aarshjul.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import dk.aarshjul.organisation.OrganisationDirectory;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.plan.Indicator;
import dk.aarshjul.plan.IndicatorDirection;
import dk.aarshjul.plan.IndicatorReporter;
import dk.aarshjul.plan.IndicatorRepository;
import dk.aarshjul.plan.IndicatorUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's indicators with their values, as the API, the plan's indicator page and (later) the
 * forms show them: two statements for a whole plan, whatever its number of goals and values.
 */
@Service
public class PlanIndicators {

	static final String MUNICIPALITY = "Hele kommunen";

	private final IndicatorRepository indicators;

	private final IndicatorValueRepository values;

	private final OrganisationDirectory organisation;

	PlanIndicators(IndicatorRepository indicators, IndicatorValueRepository values, OrganisationDirectory organisation) {
		this.indicators = indicators;
		this.values = values;
		this.organisation = organisation;
	}

	public record ValueView(Long id, String unitId, String unitName, LocalDate measuredOn, LocalDate periodEnd,
			BigDecimal value, Light proposedLight, Light light, String lightReason, String actionComment,
			ValueOrigin origin, String source) {
	}

	public record IndicatorView(Long id, Long goalId, String focusArea, String goal, String name, IndicatorUnit unit,
			IndicatorDirection direction, BigDecimal baselineValue, LocalDate baselineDate, BigDecimal targetValue,
			LocalDate targetDate, IndicatorReporter reporter, List<ValueView> values, Light latestLight,
			@com.fasterxml.jackson.annotation.JsonIgnore TrendChart.Trend trend) {
	}

	/**
	 * The plan's indicators, each with its values (narrowed to one unit, {@code "kommune"} for the
	 * municipality's own, and to one round when asked) and its trend.
	 */
	@Transactional(readOnly = true)
	public List<IndicatorView> of(Long planId, Long goalId, String unitId, LocalDate periodEnd) {
		List<Indicator> ofPlan = indicators.findByPlan(planId)
			.stream()
			.filter(indicator -> goalId == null || indicator.getGoal().getId().equals(goalId))
			.toList();
		if (ofPlan.isEmpty()) {
			return List.of();
		}
		Map<Long, List<IndicatorValue>> byIndicator = values.findByIndicatorIds(ofPlan.stream().map(Indicator::getId).toList())
			.stream()
			.filter(value -> unitId == null || ("kommune".equals(unitId) ? value.getUnitId() == null : unitId.equals(value.getUnitId())))
			.filter(value -> periodEnd == null || periodEnd.equals(value.getPeriodEnd()))
			.collect(Collectors.groupingBy(value -> value.getIndicator().getId()));
		return ofPlan.stream().map(indicator -> view(indicator, byIndicator.getOrDefault(indicator.getId(), List.of()))).toList();
	}

	private IndicatorView view(Indicator indicator, List<IndicatorValue> ofIndicator) {
		List<ValueView> shown = ofIndicator.stream()
			.map(value -> new ValueView(value.getId(), value.getUnitId(), unitName(value.getUnitId()), value.getMeasuredOn(),
					value.getPeriodEnd(), value.getValue(), value.getProposedLight(), value.getLight(),
					value.getLightReason(), value.getActionComment(), value.getOrigin(), value.getSource()))
			.toList();
		Light latest = ofIndicator.stream()
			.max(Comparator.comparing(IndicatorValue::getMeasuredOn).thenComparing(IndicatorValue::getId))
			.map(IndicatorValue::getLight)
			.orElse(null);
		TrendChart.Trend trend = TrendChart.of(indicator, ofIndicator, this::unitName,
				indicator.getName() + ": udvikling mod målet");
		return new IndicatorView(indicator.getId(), indicator.getGoal().getId(), indicator.getGoal().getFocusArea().getTitle(),
				indicator.getGoal().getDescription(), indicator.getName(), indicator.getUnit(), indicator.getDirection(),
				indicator.getBaselineValue(), indicator.getBaselineDate(), indicator.getTargetValue(),
				indicator.getTargetDate(), indicator.getReporter(), shown, latest, trend);
	}

	/** The Danish name of a value's series: its unit's name, or the whole municipality's for none. */
	public String unitName(String unitId) {
		if (unitId == null) {
			return MUNICIPALITY;
		}
		return organisation.unit(unitId).map(Unit::getName).filter(Objects::nonNull).orElse(unitId);
	}

}
