package dk.aarshjul.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A value as a reporter gives it: for a unit (or null for the whole municipality), measured on a
 * date, with its source; {@code chosenLight} null takes the rule's proposal, another light needs a
 * {@code lightReason}, and red needs an {@code actionComment}.
 */
public record NewValue(Long indicatorId, String unitId, LocalDate measuredOn, LocalDate periodEnd, BigDecimal value,
		String source, Light chosenLight, String lightReason, String actionComment) {
}
