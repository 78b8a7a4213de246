package dk.aarshjul.indicator;

import java.time.LocalDate;
import java.util.List;

import dk.aarshjul.plan.IndicatorDirection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The chart is data drawn by the server: every name in it is text, never markup. */
class TrendChartTests {

	@Test
	void namesAreEscapedAndDanishLettersKept() {
		var indicator = IndicatorFixtures.indicator("<script>alert('x')</script> Ældre på plejehjem",
				IndicatorDirection.HIGHER_IS_BETTER, "90", LocalDate.of(2027, 12, 31), List.of());

		TrendChart.Trend trend = TrendChart.of(indicator, List.of(), unit -> "Hele kommunen",
				indicator.getName() + ": udvikling mod målet");

		assertThat(trend.svg()).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Ældre på plejehjem")
			.contains("Mål 90").startsWith("<svg").endsWith("</svg>");
		assertThat(trend.rows()).isEmpty();
	}

	@Test
	void figuresAreWrittenTheDanishWay() {
		assertThat(TrendChart.number(new java.math.BigDecimal("1250.5"))).isEqualTo("1.250,5");
		assertThat(TrendChart.number(new java.math.BigDecimal("5.0000"))).isEqualTo("5");
	}

	@Test
	void statbankPeriodsAreReadAsTheirLastDay() {
		assertThat(StatbankSource.periodEnd("2024")).contains(LocalDate.of(2024, 12, 31));
		assertThat(StatbankSource.periodEnd("2024K2")).contains(LocalDate.of(2024, 6, 30));
		assertThat(StatbankSource.periodEnd("2024H1")).contains(LocalDate.of(2024, 6, 30));
		assertThat(StatbankSource.periodEnd("2024M02")).contains(LocalDate.of(2024, 2, 29));
		assertThat(StatbankSource.periodEnd("2024M13")).isEmpty();
		assertThat(StatbankSource.periodEnd("i går")).isEmpty();
	}

}
