package dk.aarshjul.indicator;

/** Where a value came from; an imported value is shown as such wherever it is shown. */
public enum ValueOrigin {
	ENTERED, CSV, STATBANK
}
