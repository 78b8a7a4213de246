package dk.aarshjul.organisation;

import java.util.Arrays;
import java.util.Optional;

/** Leadership levels, top down, with the code used in the organisation file. */
public enum LeadershipLevel {

	DIRECTOR("direktion"),
	CHIEF("chef"),
	LEADER_OF_LEADERS("leder-af-ledere"),
	LEADER_OF_EMPLOYEES("leder-af-medarbejdere");

	private final String code;

	LeadershipLevel(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<LeadershipLevel> fromCode(String code) {
		return Arrays.stream(values()).filter(level -> level.code.equals(code)).findFirst();
	}

}
