package dk.aarshjul.translation;

/**
 * The unit plan as the embedded form {@code write-unit-plan.html} edits it: one JSON array
 * ({@link #VARIABLE}), a row per focus area of the plan in priority order.
 */
final class UnitPlanRows {

	static final String VARIABLE = "unitPlan";

	/** Read-only, HTML-escaped Markdown of the unit plan for the discussion and review forms. */
	static final String SUMMARY = "unitPlanSummary";

	static final String FOCUS_AREA_ID = "focusAreaId";

	static final String PRIORITY = "priority";

	static final String TITLE = "title";

	static final String ACTION = "action";

	static final String NOT_APPLICABLE = "notApplicable";

	static final String REASON = "reason";

	private UnitPlanRows() {
	}

}
