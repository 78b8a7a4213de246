package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.cycle.CycleRefusedException.FieldMessage;
import dk.aarshjul.task.CycleVariables;

/**
 * Reads the calendar from the start variables, whichever way they came: Tasklist's start form
 * sends dates as ISO strings, the API and tests may send dates. Unreadable values become
 * field problems, never exceptions.
 */
final class StartRequestReader {

	private final Map<String, Object> variables;

	private final List<FieldMessage> problems = new ArrayList<>();

	private final Messages messages;

	interface Messages {

		String get(String key, Object... args);

	}

	StartRequestReader(Map<String, Object> variables, Messages messages) {
		this.variables = variables;
		this.messages = messages;
	}

	CalendarDates calendar() {
		return new CalendarDates(year(), date(CalendarFieldNames.DRAFTING_DEADLINE),
				date(CalendarFieldNames.CONSULTATION_DEADLINE), date(CalendarFieldNames.FINANCE_COMMITTEE_MEETING),
				date(CalendarFieldNames.COUNCIL_MEETING), date(CalendarFieldNames.TRANSLATION_DEADLINE),
				dates(CalendarFieldNames.FOLLOW_UP_DATES), date(CalendarFieldNames.PERIOD_END));
	}

	Optional<String> planCode() {
		Object code = variables.get(CycleVariables.START_PLAN_CODE);
		return code == null || code.toString().isBlank() ? Optional.empty() : Optional.of(code.toString().trim());
	}

	List<FieldMessage> problems() {
		return problems;
	}

	private int year() {
		Object value = variables.get(CycleVariables.CYCLE_YEAR);
		if (value instanceof Number number) {
			return number.intValue();
		}
		try {
			return value == null ? 0 : Integer.parseInt(value.toString().trim());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private LocalDate date(String field) {
		return parse(field, variables.get(field));
	}

	private List<LocalDate> dates(String field) {
		Object value = variables.get(field);
		List<Object> items = new ArrayList<>();
		if (value instanceof Collection<?> collection) {
			items.addAll(collection);
		}
		else if (value != null) {
			for (String part : value.toString().split("[,;\\s]+")) {
				if (!part.isBlank()) {
					items.add(part);
				}
			}
		}
		List<LocalDate> dates = new ArrayList<>();
		for (Object item : items) {
			LocalDate date = parse(field, item);
			if (date != null) {
				dates.add(date);
			}
		}
		return dates;
	}

	private LocalDate parse(String field, Object value) {
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof Date date) {
			// a date sent as a moment is that moment's day in Copenhagen, whatever the server's zone
			return date.toInstant().atZone(WorkingTime.ZONE).toLocalDate();
		}
		String text = value.toString().trim();
		try {
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldMessage(field, messages.get("cycle.date.invalid", text)));
			return null;
		}
	}

}
