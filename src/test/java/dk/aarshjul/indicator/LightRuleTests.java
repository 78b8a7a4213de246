package dk.aarshjul.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dk.aarshjul.plan.IndicatorDirection;
import org.junit.jupiter.api.Test;

import static dk.aarshjul.plan.IndicatorDirection.HIGHER_IS_BETTER;
import static dk.aarshjul.plan.IndicatorDirection.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

/** The rule that proposes a light, on the seeds' own goals. */
class LightRuleTests {

	private static final BigDecimal TEN_PERCENT = BigDecimal.TEN;

	@Test
	void sicknessAbsenceAtMostFivePercentIsBetterLower() {
		// Holbæk 2017+: "sygefravær på max fem procent"
		assertThat(light(LOWER_IS_BETTER, "5", "4.8")).isEqualTo(Light.GREEN);
		assertThat(light(LOWER_IS_BETTER, "5", "5")).isEqualTo(Light.GREEN);
		assertThat(light(LOWER_IS_BETTER, "5", "5.5")).isEqualTo(Light.YELLOW);
		assertThat(light(LOWER_IS_BETTER, "5", "5.51")).isEqualTo(Light.RED);
	}

	@Test
	void youngPeopleInEducationAboveEightyFivePercentIsBetterHigher() {
		// Odsherred: "mere end 85 % af unge ... bliver fastholdt i ungdomsuddannelse"
		assertThat(light(HIGHER_IS_BETTER, "85", "86")).isEqualTo(Light.GREEN);
		assertThat(light(HIGHER_IS_BETTER, "85", "76.5")).isEqualTo(Light.YELLOW);
		assertThat(light(HIGHER_IS_BETTER, "85", "76.49")).isEqualTo(Light.RED);
	}

	@Test
	void anIndicatorsOwnToleranceReplacesTheDefault() {
		assertThat(LightRule.propose(HIGHER_IS_BETTER, new BigDecimal("80"), BigDecimal.ZERO, new BigDecimal("79.9")))
			.isEqualTo(Light.RED);
		assertThat(LightRule.propose(HIGHER_IS_BETTER, new BigDecimal("80"), new BigDecimal("25"), new BigDecimal("60")))
			.isEqualTo(Light.YELLOW);
	}

	@Test
	void aValueIsHeldAgainstTheRoundsIntermediateTarget() {
		var indicator = IndicatorFixtures.indicator("Andel regelsæt afskaffet", HIGHER_IS_BETTER, "60",
				LocalDate.of(2015, 12, 31), List.of(new IndicatorFixtures.Milestone(LocalDate.of(2014, 6, 30), "20"),
						new IndicatorFixtures.Milestone(LocalDate.of(2014, 12, 31), "40")));
		LightRule rule = new LightRule(TEN_PERCENT);

		assertThat(rule.propose(indicator, new BigDecimal("21"), LocalDate.of(2014, 6, 30))).isEqualTo(Light.GREEN);
		assertThat(rule.propose(indicator, new BigDecimal("21"), LocalDate.of(2014, 12, 31))).isEqualTo(Light.RED);
		assertThat(rule.propose(indicator, new BigDecimal("55"), LocalDate.of(2015, 12, 31))).isEqualTo(Light.YELLOW);
	}

	private static Light light(IndicatorDirection direction, String target, String value) {
		return LightRule.propose(direction, new BigDecimal(target), TEN_PERCENT, new BigDecimal(value));
	}

}
