package dk.aarshjul.overview;

import java.time.LocalDate;
import java.util.List;

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

	record FocusAreaJson(int priority, String title, String responsibleDirector, List<GoalJson> goals) {
	}

	record GoalJson(String description, String measure, String target, LocalDate dueDate) {
	}

	/** Units × focus areas (by title, in the plan's order): each unit's answer, or "mangler". */
	record MatrixJson(List<String> focusAreas, List<CycleRecord.MatrixRow> rows) {
	}

	static CycleJson of(CycleRecord.View view) {
		return new CycleJson(view.cycle().getBusinessKey(), view.cycle().getCycleYear(), view.plan().getCode(),
				view.plan().getTitle(), view.cycle().calendar(),
				view.focusAreas().stream().map(CycleJson::focusArea).toList(), view.timeline(),
				new MatrixJson(view.matrix().focusAreas().stream().map(FocusArea::getTitle).toList(),
						view.matrix().rows()),
				view.rounds());
	}

	private static FocusAreaJson focusArea(FocusArea area) {
		return new FocusAreaJson(area.getPriority(), area.getTitle(), area.getResponsibleDirector(),
				area.getGoals().stream().map(CycleJson::goal).toList());
	}

	private static GoalJson goal(Goal goal) {
		return new GoalJson(goal.getDescription(), goal.getMeasure(), goal.getTarget(), goal.getDueDate());
	}

}
