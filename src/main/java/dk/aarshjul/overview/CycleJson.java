package dk.aarshjul.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import dk.aarshjul.cycle.CalendarDates;
import dk.aarshjul.plan.FocusArea;
import dk.aarshjul.plan.Goal;

/**
 * A plan's page as JSON: the cycle's calendar, the plan's content in priority order, the timeline,
 * the translation matrix and the follow-up rounds — what the page shows, without the entities.
 */
record CycleJson(String businessKey, int cycleYear, String planCode, String planTitle, CalendarDates calendar,
		List<FocusAreaJson> focusAreas, List<CycleRecord.Event> timeline, MatrixJson matrix,
		List<CycleRecord.Round> followUpRounds) {

	/**
	 * A focus area; {@code responsibleDirector} is the name people read, {@code responsibleDirectorUserId}
	 * the user id a client matches with the organisation file or the plan import.
	 */
	record FocusAreaJson(int priority, String title, String responsibleDirector, String responsibleDirectorUserId,
			List<GoalJson> goals) {
	}

	record GoalJson(String description, String measure, String target, LocalDate dueDate) {
	}

	/** Units × focus areas (by title, in the plan's order): each unit's answer, or "mangler". */
	record MatrixJson(List<String> focusAreas, List<CycleRecord.MatrixRow> rows) {
	}

	/** The view as JSON, with {@code names} giving a responsible director's name by user id. */
	static CycleJson of(CycleRecord.View view, UnaryOperator<String> names) {
		return new CycleJson(view.cycle().getBusinessKey(), view.cycle().getCycleYear(), view.plan().getCode(),
				view.plan().getTitle(), view.cycle().calendar(),
				view.focusAreas().stream().map(area -> focusArea(area, names)).toList(), view.timeline(),
				new MatrixJson(view.matrix().focusAreas().stream().map(FocusArea::getTitle).toList(),
						view.matrix().rows()),
				view.rounds());
	}

	private static FocusAreaJson focusArea(FocusArea area, UnaryOperator<String> names) {
		String director = area.getResponsibleDirector();
		return new FocusAreaJson(area.getPriority(), area.getTitle(), director == null ? null : names.apply(director),
				director, area.getGoals().stream().map(CycleJson::goal).toList());
	}

	private static GoalJson goal(Goal goal) {
		return new GoalJson(goal.getDescription(), goal.getMeasure(), goal.getTarget(), goal.getDueDate());
	}

}
