package dk.aarshjul.publication;

import java.time.LocalDate;
import java.util.List;

import dk.aarshjul.followup.TrafficLight;

/**
 * A published plan as the public sees it, on the page and as JSON alike: the approved content,
 * and the latest status Økonomiudvalget has noted. No person's name, no comment, no draft.
 * A status is null where nothing noted covers the goal.
 */
public record PublicPlan(String code, String title, int year, String municipality, String introduction,
		LocalDate periodFrom, LocalDate periodTo, LocalDate publishedOn, LocalDate statusPeriodEnd,
		LocalDate statusNotedOn, TrafficLight status, List<PublicFocusArea> focusAreas) {

	public record PublicFocusArea(int priority, String title, String strategy, String specialForYear,
			TrafficLight status, List<PublicGoal> goals) {
	}

	public record PublicGoal(String description, String measure, String target, LocalDate dueDate,
			TrafficLight status) {
	}

	/** The plan in the list of published plans: its focus areas with their roll-up, without the goals. */
	public record Summary(String code, String title, int year, String municipality, LocalDate statusPeriodEnd,
			TrafficLight status, List<FocusAreaSummary> focusAreas) {
	}

	public record FocusAreaSummary(int priority, String title, TrafficLight status) {
	}

	Summary summary() {
		return new Summary(code, title, year, municipality, statusPeriodEnd, status, focusAreas.stream()
			.map(area -> new FocusAreaSummary(area.priority(), area.title(), area.status()))
			.toList());
	}

}
