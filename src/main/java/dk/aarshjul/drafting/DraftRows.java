package dk.aarshjul.drafting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.plan.PlanDocument.FocusAreaDocument;
import dk.aarshjul.plan.PlanDocument.GoalDocument;
import dk.aarshjul.plan.PlanLimits;
import dk.aarshjul.task.FormData;

/**
 * The draft plan as the embedded form edits it: one JSON array of focus areas in priority order,
 * each with its goals. Reading it collects every problem, each naming its row and field in
 * Danish, so a refused form says all that is wrong at once.
 */
final class DraftRows {

	static final String TITLE = "title";

	static final String STRATEGY = "strategy";

	static final String SPECIAL_FOR_YEAR = "specialForYear";

	static final String RESPONSIBLE_DIRECTOR = "responsibleDirector";

	static final String GOALS = "goals";

	static final String DESCRIPTION = "description";

	static final String MEASURE = "measure";

	static final String TARGET = "target";

	static final String DUE_DATE = "dueDate";

	private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

	/** The focus areas read, and what is wrong with them (empty when the draft can be saved). */
	record Read(List<FocusAreaDocument> focusAreas, List<String> problems) {
	}

	private final FormData form;

	private final Predicate<String> isBoardMember;

	private final UnaryOperator<String> nameOf;

	DraftRows(FormData form, Predicate<String> isBoardMember, UnaryOperator<String> nameOf) {
		this.form = form;
		this.isBoardMember = isBoardMember;
		this.nameOf = nameOf;
	}

	Read read(JsonNode rows) {
		List<FocusAreaDocument> areas = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		if (rows != null && !rows.isArray()) {
			problems.add(form.message("form.rows.invalid"));
			return new Read(areas, problems);
		}
		int goalCount = 0;
		int number = 0;
		for (JsonNode row : rows == null ? List.<JsonNode>of() : rows) {
			number++;
			String title = FormData.text(row, TITLE);
			String strategy = FormData.text(row, STRATEGY);
			String special = FormData.text(row, SPECIAL_FOR_YEAR);
			String director = FormData.text(row, RESPONSIBLE_DIRECTOR);
			List<String> goalProblems = new ArrayList<>();
			List<GoalDocument> goals = goals(number, row.get(GOALS), goalProblems);
			if (title.isEmpty() && strategy.isEmpty() && special.isEmpty() && goals.isEmpty()) {
				continue;
			}
			if (title.isEmpty()) {
				problems.add(form.message("drafting.area.title.required", number));
			}
			tooLong(problems, title, 300, "drafting.area.tooLong", number, field(TITLE));
			tooLong(problems, strategy, 10000, "drafting.area.tooLong", number, field(STRATEGY));
			tooLong(problems, special, 10000, "drafting.area.tooLong", number, field(SPECIAL_FOR_YEAR));
			if (!director.isEmpty() && !isBoardMember.test(director)) {
				problems.add(form.message("drafting.area.director.notOnBoard", number, nameOf.apply(director)));
			}
			problems.addAll(goalProblems);
			goalCount += goals.size();
			areas.add(new FocusAreaDocument(title, blankToNull(strategy), blankToNull(special),
					blankToNull(director), goals));
		}
		if (areas.isEmpty() && problems.isEmpty()) {
			problems.add(form.message("drafting.areas.required"));
		}
		if (areas.size() > PlanLimits.MAX_FOCUS_AREAS) {
			problems.add(form.message("drafting.areas.tooMany", PlanLimits.MAX_FOCUS_AREAS));
		}
		if (goalCount > PlanLimits.MAX_GOALS) {
			problems.add(form.message("drafting.goals.tooMany", PlanLimits.MAX_GOALS));
		}
		return new Read(areas, problems);
	}

	private List<GoalDocument> goals(int area, JsonNode rows, List<String> problems) {
		List<GoalDocument> goals = new ArrayList<>();
		if (rows == null || !rows.isArray()) {
			return goals;
		}
		int number = 0;
		for (JsonNode row : rows) {
			number++;
			String description = FormData.text(row, DESCRIPTION);
			String measure = FormData.text(row, MEASURE);
			String target = FormData.text(row, TARGET);
			String due = FormData.text(row, DUE_DATE);
			if (description.isEmpty() && measure.isEmpty() && target.isEmpty() && due.isEmpty()) {
				continue;
			}
			if (description.isEmpty()) {
				problems.add(form.message("drafting.goal.description.required", area, number));
			}
			tooLong(problems, description, 4000, "drafting.goal.tooLong", area, number, field(DESCRIPTION));
			tooLong(problems, measure, 2000, "drafting.goal.tooLong", area, number, field(MEASURE));
			tooLong(problems, target, 2000, "drafting.goal.tooLong", area, number, field(TARGET));
			LocalDate dueDate = null;
			if (!due.isEmpty()) {
				dueDate = date(due);
				if (dueDate == null) {
					problems.add(form.message("drafting.goal.dueDate.invalid", area, number, due));
				}
			}
			goals.add(new GoalDocument(description, blankToNull(measure), blankToNull(target), dueDate));
		}
		return goals;
	}

	/** A date as the browser's date field sends it (ÅÅÅÅ-MM-DD), or as a Dane types it (dd.mm.åååå). */
	static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException iso) {
			try {
				return LocalDate.parse(text, DANISH_DATE);
			}
			catch (DateTimeParseException danish) {
				return null;
			}
		}
	}

	private void tooLong(List<String> problems, String value, int max, String key, Object... args) {
		if (value.length() > max) {
			Object[] withMax = java.util.Arrays.copyOf(args, args.length + 1);
			withMax[args.length] = max;
			problems.add(form.message(key, withMax));
		}
	}

	private String field(String name) {
		return form.message("drafting.field." + name);
	}

	private static String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}

}
