package dk.aarshjul.translation;

/** How far one unit is with its plan in one year; done once it has handed the plan in. */
public record UnitPlanState(Long planId, String unitId, int cycleYear, UnitPlan.Status status) {

	public boolean isDone() {
		return status == UnitPlan.Status.SUBMITTED || status == UnitPlan.Status.APPROVED;
	}

}
