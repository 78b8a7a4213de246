package dk.aarshjul.organisation;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of unit in a municipality's organisation, with the code used in the organisation file. */
public enum UnitKind {

	EXECUTIVE_BOARD("direktion"),
	CORE_AREA("kerneomraade"),
	CENTRE("center"),
	STAFF("stab"),
	DEPARTMENT("afdeling");

	private final String code;

	UnitKind(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<UnitKind> fromCode(String code) {
		return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
	}

}
