package dk.aarshjul.overview;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rings of the wheel, outermost first: who acts on a date. The political bodies meet, Hovedudvalget
 * answers the hearing, the board drafts and evaluates, the units translate and report status.
 * Their names are in messages.properties ({@code wheel.ring.<code>}).
 */
public enum WheelRing {

	COUNCIL("byraad"),
	FINANCE_COMMITTEE("oekonomiudvalg"),
	MAIN_COMMITTEE("hovedudvalg"),
	BOARD("direktion"),
	UNITS("enheder");

	private final String code;

	WheelRing(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<WheelRing> byCode(String code) {
		return Arrays.stream(values()).filter(ring -> ring.code.equals(code)).findFirst();
	}

}
