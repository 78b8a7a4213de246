package dk.aarshjul.drafting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dk.aarshjul.plan.PlanDocument.GoalDocument;

/**
 * A focus area's goals as the drafting form shows them: one goal per line,
 * {@code Beskrivelse | Måles ved | Målsætning | ÅÅÅÅ-MM-DD}, where only the description is required.
 */
final class GoalLines {

	static final String SEPARATOR = " | ";

	private GoalLines() {
	}

	static String format(List<GoalDocument> goals) {
		return goals.stream().map(GoalLines::format).collect(Collectors.joining("\n"));
	}

	private static String format(GoalDocument goal) {
		List<String> parts = new ArrayList<>(List.of(goal.description(), text(goal.measure()), text(goal.target()),
				goal.dueDate() == null ? "" : goal.dueDate().toString()));
		while (parts.size() > 1 && parts.get(parts.size() - 1).isEmpty()) {
			parts.remove(parts.size() - 1);
		}
		return String.join(SEPARATOR, parts);
	}

	/** Problem: the line number (from 1) and what is wrong with it, as a message key and its argument. */
	record Problem(int line, String messageKey, String value) {
	}

	record Parsed(List<GoalDocument> goals, List<Problem> problems) {
	}

	static Parsed parse(String text) {
		List<GoalDocument> goals = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		String[] lines = text == null ? new String[0] : text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			String[] parts = lines[i].split("\\|", -1);
			if (parts.length > 4) {
				problems.add(new Problem(i + 1, "drafting.goal.tooManyParts", lines[i].trim()));
				continue;
			}
			String description = parts[0].trim();
			if (description.isEmpty()) {
				problems.add(new Problem(i + 1, "drafting.goal.description", ""));
				continue;
			}
			LocalDate due = null;
			if (parts.length == 4 && !parts[3].isBlank()) {
				try {
					due = LocalDate.parse(parts[3].trim());
				}
				catch (DateTimeParseException ex) {
					problems.add(new Problem(i + 1, "drafting.goal.date", parts[3].trim()));
					continue;
				}
			}
			goals.add(new GoalDocument(description, part(parts, 1), part(parts, 2), due));
		}
		return new Parsed(goals, problems);
	}

	private static String part(String[] parts, int index) {
		return parts.length > index && !parts[index].isBlank() ? parts[index].trim() : null;
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
