package dk.aarshjul.plan;

import java.util.List;

/**
 * How large a plan may be: as many focus areas and goals as the task forms have rows for
 * (Holbæk's plan has five focus areas, Lejre's ten).
 */
public final class PlanLimits {

	public static final int MAX_FOCUS_AREAS = 12;

	public static final int MAX_GOALS = 40;

	public static final int MAX_INDICATORS_PER_GOAL = 5;

	/**
	 * A line of text: no control characters (NUL, escape, the C1 controls ...) and no bidi overrides or isolates
	 * (U+202A–U+202E, U+2066–U+2069), which show a title in another order than it is stored in.
	 */
	public static final String ONE_LINE = "[^\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]*";

	/** Text over several lines: as {@link #ONE_LINE}, but tab and line breaks are allowed. */
	public static final String LINES = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]*";

	private PlanLimits() {
	}

	static boolean tooManyGoals(List<PlanDocument.FocusAreaDocument> focusAreas) {
		return focusAreas.stream().mapToInt(area -> area.goals() == null ? 0 : area.goals().size()).sum() > MAX_GOALS;
	}

}
