package dk.aarshjul.plan;

/** Which way an indicator improves: sickness absence is better lower, young people in education higher. */
public enum IndicatorDirection {
	HIGHER_IS_BETTER, LOWER_IS_BETTER
}
