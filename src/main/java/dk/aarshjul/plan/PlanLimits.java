package dk.aarshjul.plan;

import java.util.List;

/**
 * How large a plan may be: as many focus areas and goals as the task forms have rows for
 * (Holbæk's plan has five focus areas, Lejre's ten).
 */
public final class PlanLimits {

	public static final int MAX_FOCUS_AREAS = 12;

	public static final int MAX_GOALS = 40;

	private PlanLimits() {
	}

	static boolean tooManyGoals(List<PlanDocument.FocusAreaDocument> focusAreas) {
		return focusAreas.stream().mapToInt(area -> area.goals() == null ? 0 : area.goals().size()).sum() > MAX_GOALS;
	}

}
