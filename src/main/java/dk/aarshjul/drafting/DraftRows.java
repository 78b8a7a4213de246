package dk.aarshjul.drafting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.plan.Figures;
import dk.aarshjul.plan.IndicatorDirection;
import dk.aarshjul.plan.IndicatorReporter;
import dk.aarshjul.plan.IndicatorUnit;
import dk.aarshjul.plan.PlanDocument.FocusAreaDocument;
import dk.aarshjul.plan.PlanDocument.GoalDocument;
import dk.aarshjul.plan.PlanDocument.IndicatorDocument;
import dk.aarshjul.plan.PlanDocument.MilestoneDocument;
import dk.aarshjul.plan.PlanLimits;
import dk.aarshjul.task.FormData;

/**
 * The draft plan as the embedded form edits it: one JSON array of focus areas in priority order,
 * each with its goals and each goal with its indicators. Reading it collects every problem, each
 * naming its row and field in Danish, so a refused form says all that is wrong at once.
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

	/**
	 * A goal's indicators. A goal row without this key (the form before indicators, in a task opened
	 * before the upgrade) keeps the goal's indicators as they are; a list, even an empty one, replaces them.
	 */
	static final String INDICATORS = "indicators";

	static final String NAME = "name";

	static final String UNIT = "unit";

	static final String DIRECTION = "direction";

	static final String BASELINE_VALUE = "baselineValue";

	static final String BASELINE_DATE = "baselineDate";

	static final String TARGET_VALUE = "targetValue";

	static final String TARGET_DATE = "targetDate";

	static final String YELLOW_TOLERANCE_PERCENT = "yellowTolerancePercent";

	static final String REPORTER = "reporter";

	/** Statistics Denmark's codes and the intermediate targets: the form carries them through unchanged. */
	static final String STATBANK_TABLE = "statbankTable";

	static final String STATBANK_SELECTION = "statbankSelection";

	static final String MILESTONES = "milestones";

	/** As many intermediate targets as the plan's JSON allows an indicator ({@code PlanDocument.IndicatorDocument}). */
	private static final int MAX_MILESTONES = 12;

	/** How much of a refused value a message repeats: enough to recognise it, never a pasted book. */
	private static final int SHOWN_VALUE = 40;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
			List<IndicatorDocument> indicators = indicators(area, number, row.get(INDICATORS), problems);
			if (description.isEmpty() && measure.isEmpty() && target.isEmpty() && due.isEmpty()
					&& (indicators == null || indicators.isEmpty())) {
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
			goals.add(new GoalDocument(description, blankToNull(measure), blankToNull(target), dueDate, indicators));
		}
		return goals;
	}

	/** The goal's indicators, or null (kept as they are) when the row has none to say. */
	private List<IndicatorDocument> indicators(int area, int goal, JsonNode rows, List<String> problems) {
		if (rows == null || rows.isNull()) {
			return null;
		}
		List<IndicatorDocument> indicators = new ArrayList<>();
		if (!rows.isArray()) {
			problems.add(form.message("drafting.indicators.invalid", area, goal));
			return indicators;
		}
		if (rows.size() > PlanLimits.MAX_INDICATORS_PER_GOAL) {
			// read none of them: a list of thousands is refused as it stands
			problems.add(form.message("drafting.indicators.tooMany", area, goal, PlanLimits.MAX_INDICATORS_PER_GOAL));
			return indicators;
		}
		int number = 0;
		for (JsonNode row : rows) {
			number++;
			IndicatorDocument indicator = new IndicatorRow(area, goal, number, row, problems).read();
			if (indicator != null) {
				indicators.add(indicator);
			}
		}
		return indicators;
	}

	/** One indicator row, each problem named by its focus area, goal and indicator. */
	private final class IndicatorRow {

		private final Object[] where;

		private final JsonNode row;

		private final List<String> problems;

		/** Fields that held a list or an object: refused once, not again as empty. */
		private final java.util.Set<String> unreadable = new java.util.HashSet<>();

		IndicatorRow(int area, int goal, int number, JsonNode row, List<String> problems) {
			this.where = new Object[] { area, goal, number };
			this.row = row;
			this.problems = problems;
		}

		/** The indicator, or null when the row was left wholly empty (or is not a row at all, a problem). */
		IndicatorDocument read() {
			if (!row.isObject()) {
				problem("drafting.indicator.row.invalid");
				return null;
			}
			String name = text(NAME);
			String baseline = text(BASELINE_VALUE);
			String baselineOn = text(BASELINE_DATE);
			String target = text(TARGET_VALUE);
			String targetOn = text(TARGET_DATE);
			String tolerance = text(YELLOW_TOLERANCE_PERCENT);
			if (name.isEmpty() && baseline.isEmpty() && baselineOn.isEmpty() && target.isEmpty() && targetOn.isEmpty()
					&& tolerance.isEmpty()) {
				return null;
			}
			if (name.isEmpty() && !unreadable.contains(NAME)) {
				problem("drafting.indicator.name.required");
			}
			else if (name.length() > 300) {
				problem("drafting.indicator.tooLong", field(NAME), 300);
			}
			IndicatorUnit unit = choice(UNIT, IndicatorUnit.class, "drafting.indicator.unit.required");
			IndicatorDirection direction = choice(DIRECTION, IndicatorDirection.class,
					"drafting.indicator.direction.required");
			IndicatorReporter reporter = choice(REPORTER, IndicatorReporter.class, null);
			BigDecimal targetValue = figure(TARGET_VALUE, target);
			if (target.isEmpty() && !unreadable.contains(TARGET_VALUE)) {
				problem("drafting.indicator.target.required");
			}
			BigDecimal tolerancePercent = figure(YELLOW_TOLERANCE_PERCENT, tolerance);
			if (tolerancePercent != null && (tolerancePercent.signum() < 0 || tolerancePercent.compareTo(HUNDRED) > 0)) {
				problem("drafting.indicator.tolerance.range");
			}
			String table = text(STATBANK_TABLE);
			String selection = text(STATBANK_SELECTION);
			if (table.length() > 64) {
				problem("drafting.indicator.tooLong", field(STATBANK_TABLE), 64);
			}
			if (selection.length() > 1000) {
				problem("drafting.indicator.tooLong", field(STATBANK_SELECTION), 1000);
			}
			return new IndicatorDocument(name, unit, direction, figure(BASELINE_VALUE, baseline),
					date(BASELINE_DATE, baselineOn), targetValue, date(TARGET_DATE, targetOn), tolerancePercent,
					reporter == null ? IndicatorReporter.UNITS : reporter, blankToNull(table), blankToNull(selection),
					milestones());
		}

		/** The field's text, trimmed; "" with a problem when it holds a list or an object instead. */
		private String text(String field) {
			JsonNode value = row.get(field);
			if (value != null && value.isContainerNode()) {
				problem("drafting.indicator.invalid", field(field));
				unreadable.add(field);
				return "";
			}
			return FormData.text(row, field);
		}

		private <E extends Enum<E>> E choice(String field, Class<E> type, String requiredKey) {
			String value = text(field);
			if (value.isEmpty()) {
				if (requiredKey != null && !unreadable.contains(field)) {
					problem(requiredKey);
				}
				return null;
			}
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(value)) {
					return constant;
				}
			}
			problem("drafting.indicator.choice.invalid", field(field), shown(value));
			return null;
		}

		private BigDecimal figure(String field, String value) {
			if (value.isEmpty()) {
				return null;
			}
			Optional<BigDecimal> figure = Figures.parse(value);
			if (figure.isEmpty()) {
				problem("drafting.indicator.number.invalid", field(field), shown(value));
			}
			return figure.orElse(null);
		}

		private LocalDate date(String field, String value) {
			if (value.isEmpty()) {
				return null;
			}
			LocalDate date = value.length() > 10 ? null : DraftRows.date(value);
			if (date == null) {
				problem("drafting.indicator.date.invalid", field(field), shown(value));
			}
			return date;
		}

		/** The intermediate targets, as the form got them: the plan's JSON edits them, not this form. */
		private List<MilestoneDocument> milestones() {
			JsonNode rows = row.get(MILESTONES);
			if (rows == null || rows.isNull() || rows.isArray() && rows.isEmpty()) {
				return null;
			}
			List<MilestoneDocument> milestones = new ArrayList<>();
			if (!rows.isArray() || rows.size() > MAX_MILESTONES) {
				problem("drafting.indicator.milestones.invalid");
				return null;
			}
			for (JsonNode milestone : rows) {
				JsonNode due = milestone.get(DUE_DATE);
				JsonNode target = milestone.get(TARGET_VALUE);
				LocalDate dueDate = due != null && due.isTextual() && due.asText().length() <= 10
						? DraftRows.date(due.asText()) : null;
				Optional<BigDecimal> targetValue = target != null && target.isValueNode() && !target.isNull()
						? Figures.parse(target.asText()) : Optional.empty();
				if (dueDate == null || targetValue.isEmpty()) {
					problem("drafting.indicator.milestones.invalid");
					return null;
				}
				milestones.add(new MilestoneDocument(dueDate, targetValue.get()));
			}
			return milestones;
		}

		private void problem(String key, Object... more) {
			Object[] args = java.util.Arrays.copyOf(where, where.length + more.length);
			System.arraycopy(more, 0, args, where.length, more.length);
			problems.add(form.message(key, args));
		}

	}

	private static String shown(String value) {
		return value.length() > SHOWN_VALUE ? value.substring(0, SHOWN_VALUE) + "…" : value;
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
