package dk.aarshjul.task;

import dk.aarshjul.plan.PlanLimits;

/** How many rows the forms can show: the slots generated into forms/*.form. */
public final class FormSlots {

	/** Focus areas of a plan. */
	public static final int FOCUS_AREAS = PlanLimits.MAX_FOCUS_AREAS;

	/** Goals of a plan, across its focus areas. */
	public static final int GOALS = PlanLimits.MAX_GOALS;

	private FormSlots() {
	}

}
