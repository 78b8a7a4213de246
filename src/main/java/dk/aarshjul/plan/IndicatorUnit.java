package dk.aarshjul.plan;

/** What an indicator's figures count; the Danish words are {@code indicator.unit.*} in messages.properties. */
public enum IndicatorUnit {
	PERCENT, COUNT, DKK, DAYS, OTHER
}
