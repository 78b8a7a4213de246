package dk.aarshjul.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

import dk.aarshjul.plan.Indicator;
import dk.aarshjul.plan.IndicatorDirection;

/**
 * Turns a measured value into the light it earns: green at or beyond the target (the round's
 * intermediate target where there is one), yellow within the tolerance short of it, red beyond.
 * The tolerance is the indicator's own, or the municipality's default (10 % unless configured):
 * with a target of 85 % of young people in education, 77 % is yellow and 76 % red; with sickness
 * absence at most 5 %, 5.4 % is yellow and 5.6 % red.
 */
public record LightRule(BigDecimal defaultTolerancePercent) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public Light propose(Indicator indicator, BigDecimal value, LocalDate measuredOn) {
		BigDecimal tolerance = indicator.getYellowTolerancePercent() == null ? defaultTolerancePercent
				: indicator.getYellowTolerancePercent();
		return propose(indicator.getDirection(), indicator.targetFor(measuredOn), tolerance, value);
	}

	static Light propose(IndicatorDirection direction, BigDecimal target, BigDecimal tolerancePercent, BigDecimal value) {
		BigDecimal band = target.abs().multiply(tolerancePercent).divide(HUNDRED, MathContext.DECIMAL64);
		if (direction == IndicatorDirection.HIGHER_IS_BETTER) {
			if (value.compareTo(target) >= 0) {
				return Light.GREEN;
			}
			return value.compareTo(target.subtract(band)) >= 0 ? Light.YELLOW : Light.RED;
		}
		if (value.compareTo(target) <= 0) {
			return Light.GREEN;
		}
		return value.compareTo(target.add(band)) <= 0 ? Light.YELLOW : Light.RED;
	}

}
