package dk.aarshjul.organisation;

import java.util.Arrays;
import java.util.Optional;

/** Political and co-operation bodies that take part in the cycle. */
public enum BodyKind {

	MAIN_MED_COMMITTEE("hovedudvalg"),
	FINANCE_COMMITTEE("oekonomiudvalg"),
	COUNCIL("byraad"),
	LOCAL_MED_COMMITTEE("lokaludvalg");

	private final String code;

	BodyKind(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<BodyKind> fromCode(String code) {
		return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
	}

}
