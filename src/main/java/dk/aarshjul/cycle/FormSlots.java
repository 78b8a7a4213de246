package dk.aarshjul.cycle;

/** How many rows the forms can show: the slots generated into forms/*.form. */
public final class FormSlots {

	/** Focus areas of a plan (Holbæk has five, Lejre ten). */
	public static final int FOCUS_AREAS = 12;

	/** Goals of a plan, across its focus areas. */
	public static final int GOALS = 40;

	private FormSlots() {
	}

}
