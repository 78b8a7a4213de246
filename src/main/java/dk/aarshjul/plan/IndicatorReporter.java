package dk.aarshjul.plan;

/**
 * Who enters an indicator's values in a follow-up round: each unit for itself, a central reporter
 * (a process owner) for the whole municipality, or both.
 */
public enum IndicatorReporter {
	UNITS, CENTRAL, BOTH;

	public boolean unitsReport() {
		return this != CENTRAL;
	}

	public boolean centrallyReported() {
		return this != UNITS;
	}
}
