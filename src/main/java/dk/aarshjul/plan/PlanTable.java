package dk.aarshjul.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dk.aarshjul.plan.PlanDocument.FocusAreaDocument;
import dk.aarshjul.plan.PlanDocument.GoalDocument;

/**
 * A plan's focus areas and goals as a table, the way a municipality's plan arrives from Word or
 * Excel: a heading row naming the columns (Indsatsområde, Strategi, Særligt for året, Ansvarlig
 * direktør, Mål, Målemetode, Målsætning, Frist — in any order, only Indsatsområde and Mål
 * required), then one row per goal. A row whose Indsatsområde is empty belongs to the focus area
 * above it (as merged cells copy); a new name starts the next focus area, so the order of the
 * rows is the priority. Cells are separated by tabs (copied from Excel or Word), semicolons
 * (Danish Excel's CSV) or commas; a cell in quotes may hold line breaks.
 * <p>
 * Rows are numbered as the spreadsheet numbers them: the heading is row 1. Every problem names its
 * row, in Danish, as a message key with arguments.
 */
final class PlanTable {

	/** At most this many rows: far more than twelve focus areas with forty goals need. */
	static final int MOST_ROWS = 500;

	enum Column {

		FOCUS_AREA("indsatsområde"), STRATEGY("strategi"), SPECIAL_FOR_YEAR("særligt for året"),
		DIRECTOR("ansvarlig direktør"), GOAL("mål"), MEASURE("målemetode"), TARGET("målsætning"), DUE_DATE("frist");

		final String heading;

		Column(String heading) {
			this.heading = heading;
		}

		static Optional<Column> named(String heading) {
			String name = heading.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
			for (Column column : values()) {
				if (column.heading.equals(name)) {
					return Optional.of(column);
				}
			}
			return Optional.empty();
		}

	}

	/** A problem: a message key, its arguments (the first is the row, when there is one). */
	record Problem(String key, List<Object> arguments) {

		static Problem of(String key, Object... arguments) {
			return new Problem(key, List.of(arguments));
		}

	}

	/**
	 * The table read: focus areas in order, or the problems. {@code rows} says in which row each
	 * focus area (key {@code focusAreas[i]}) and goal ({@code focusAreas[i].goals[j]}) stands, so a
	 * later check of the plan can name the row too.
	 */
	record Result(List<FocusAreaDocument> focusAreas, Map<String, Integer> rows, List<Problem> problems) {
	}

	private static final List<DateTimeFormatter> DATES = List.of(
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT));

	private PlanTable() {
	}

	/** Reads pasted or uploaded text. */
	static Result read(String text) {
		List<List<String>> rows = cells(text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n'));
		return read(rows);
	}

	/** Reads rows of cells (from text, or a Word or Excel file's first table). */
	static Result read(List<List<String>> rows) {
		List<Problem> problems = new ArrayList<>();
		int headingIndex = 0;
		while (headingIndex < rows.size() && isBlank(rows.get(headingIndex))) {
			headingIndex++;
		}
		if (headingIndex == rows.size()) {
			return new Result(List.of(), Map.of(), List.of(Problem.of("plan.table.empty")));
		}
		if (rows.size() > MOST_ROWS + headingIndex + 1) {
			return new Result(List.of(), Map.of(), List.of(Problem.of("plan.table.tooManyRows", MOST_ROWS)));
		}
		Map<Column, Integer> columns = new LinkedHashMap<>();
		List<String> heading = rows.get(headingIndex);
		for (int i = 0; i < heading.size(); i++) {
			String name = heading.get(i);
			if (name.isBlank()) {
				continue;
			}
			int index = i;
			Column.named(name).ifPresentOrElse(column -> {
				if (columns.putIfAbsent(column, index) != null) {
					problems.add(Problem.of("plan.table.columnTwice", name.strip()));
				}
			}, () -> problems.add(Problem.of("plan.table.columnUnknown", name.strip())));
		}
		if (!columns.containsKey(Column.FOCUS_AREA) || !columns.containsKey(Column.GOAL)) {
			problems.add(Problem.of("plan.table.columnsRequired"));
		}
		if (!problems.isEmpty()) {
			return new Result(List.of(), Map.of(), problems);
		}

		List<Area> areas = new ArrayList<>();
		Map<String, Integer> rowsOf = new HashMap<>();
		for (int index = headingIndex + 1; index < rows.size(); index++) {
			List<String> row = rows.get(index);
			int rowNumber = index + 1;
			if (isBlank(row)) {
				continue;
			}
			Function<Column, String> cell = column -> {
				Integer at = columns.get(column);
				if (at == null || at >= row.size()) {
					return null;
				}
				String value = row.get(at).strip();
				return value.isEmpty() ? null : value;
			};
			String areaTitle = cell.apply(Column.FOCUS_AREA);
			Area area;
			if (areaTitle == null) {
				if (areas.isEmpty()) {
					problems.add(Problem.of("plan.table.focusAreaMissing", rowNumber));
					continue;
				}
				area = areas.get(areas.size() - 1);
			}
			else if (!areas.isEmpty() && areas.get(areas.size() - 1).title.equals(areaTitle)) {
				area = areas.get(areas.size() - 1);
			}
			else {
				Optional<Area> earlier = areas.stream().filter(candidate -> candidate.title.equals(areaTitle)).findFirst();
				if (earlier.isPresent()) {
					problems.add(Problem.of("plan.table.focusAreaSplit", rowNumber, areaTitle, earlier.get().row));
					continue;
				}
				area = new Area(areaTitle, rowNumber);
				rowsOf.put("focusAreas[" + areas.size() + "]", rowNumber);
				areas.add(area);
			}
			area.strategy = joined(area.strategy, cell.apply(Column.STRATEGY));
			area.specialForYear = joined(area.specialForYear, cell.apply(Column.SPECIAL_FOR_YEAR));
			String director = cell.apply(Column.DIRECTOR);
			if (director != null) {
				if (area.director != null && !area.director.equals(director)) {
					problems.add(Problem.of("plan.table.directorTwice", rowNumber, area.title));
				}
				area.director = director;
			}

			String goal = cell.apply(Column.GOAL);
			String measure = cell.apply(Column.MEASURE);
			String target = cell.apply(Column.TARGET);
			String due = cell.apply(Column.DUE_DATE);
			if (goal == null) {
				if (measure != null || target != null || due != null) {
					problems.add(Problem.of("plan.table.goalMissing", rowNumber));
				}
				continue;
			}
			LocalDate dueDate = null;
			if (due != null) {
				dueDate = date(due);
				if (dueDate == null) {
					problems.add(Problem.of("plan.table.dueDate", rowNumber, due));
				}
			}
			rowsOf.put("focusAreas[" + areas.indexOf(area) + "].goals[" + area.goals.size() + "]", rowNumber);
			area.goals.add(new GoalDocument(goal, measure, target, dueDate));
		}
		if (problems.isEmpty() && areas.isEmpty()) {
			problems.add(Problem.of("plan.table.empty"));
		}
		List<FocusAreaDocument> focusAreas = areas.stream()
			.map(area -> new FocusAreaDocument(area.title, area.strategy, area.specialForYear, area.director,
					List.copyOf(area.goals)))
			.toList();
		return new Result(focusAreas, rowsOf, problems);
	}

	/** A due date as Danes write it (31-12-2027, 31.12.2027, 31/12/2027) or as ISO (2027-12-31); else null. */
	static LocalDate date(String text) {
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(text.strip(), format);
			}
			catch (DateTimeParseException ignored) {
				// the next way of writing it
			}
		}
		return null;
	}

	/** Splits text into rows of cells: by tab, semicolon or comma (the heading row decides), with quotes. */
	static List<List<String>> cells(String text) {
		String firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
		char separator = firstLine.indexOf('\t') >= 0 ? '\t' : firstLine.indexOf(';') >= 0 ? ';' : ',';
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		boolean cellStart = true;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"' && cellStart) {
				quoted = true;
				cellStart = false;
			}
			else if (c == separator) {
				row.add(cell.toString());
				cell.setLength(0);
				cellStart = true;
			}
			else if (c == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				cellStart = true;
			}
			else {
				cell.append(c);
				cellStart = false;
			}
		}
		if (cell.length() > 0 || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}

	private static boolean isBlank(List<String> row) {
		return row.stream().allMatch(String::isBlank);
	}

	/** Text over several rows of one focus area (a strategy in paragraphs) is kept as paragraphs. */
	private static String joined(String before, String added) {
		if (added == null || added.equals(before)) {
			return before;
		}
		return before == null ? added : before + "\n\n" + added;
	}

	private static final class Area {

		final String title;

		final int row;

		String strategy;

		String specialForYear;

		String director;

		final List<GoalDocument> goals = new ArrayList<>();

		Area(String title, int row) {
			this.title = title;
			this.row = row;
		}

	}

}
