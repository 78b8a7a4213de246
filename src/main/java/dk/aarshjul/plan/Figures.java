package dk.aarshjul.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/** Figures as Danes type and read them: 4,5 and 1.250,75 (a decimal point is taken too). */
public final class Figures {

	private Figures() {
	}

	/** The figure typed, or empty when it is not one (at most 13 digits before and 4 after the comma). */
	public static Optional<BigDecimal> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String plain = text.strip().replace(" ", "").replace("\u00A0", "");
		if (plain.indexOf(',') >= 0) {
			plain = plain.replace(".", "").replace(',', '.');
		}
		if (!plain.matches("-?\\d{1,13}(\\.\\d{1,4})?")) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(plain));
	}

	/** At most two decimals, Danish separators. */
	public static String format(BigDecimal value) {
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("da-DK")));
		return format.format(value.setScale(2, RoundingMode.HALF_UP));
	}

}
