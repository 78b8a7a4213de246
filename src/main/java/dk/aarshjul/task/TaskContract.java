package dk.aarshjul.task;

import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What one user task (or a process's start form) accepts from the person doing it: its form's
 * fields, each with its type and limits. Anything else a request sends with the task is refused
 * before the engine sees it ({@link ContractGuard}); so are values of the wrong type or beyond
 * their limits. The task's listener still judges the content (a required text, a rule across
 * fields) with its own Danish messages; the contract only keeps out what the form never sends.
 * <p>
 * A field the process model itself reads (a gateway's flag such as {@code draftReady}) is declared
 * with {@link Field#decides()}: the task is where that value is decided, and everywhere else it
 * is protected.
 */
public record TaskContract(String processKey, String taskKey, Map<String, Field> fields) {

	/** A form's long text (a comment, a statement, a decision's reasoning). */
	public static final int LONG_TEXT = 10_000;

	/** More rows than any plan has (focus areas, goals): the listener refuses too many with its own message. */
	public static final int MANY_ROWS = 200;

	/** More units than any municipality has. */
	public static final int MANY_UNITS = 2_000;

	public TaskContract {
		fields = Map.copyOf(fields);
	}

	public static TaskContract of(String processKey, String taskKey, Field... fields) {
		Map<String, Field> byName = new LinkedHashMap<>();
		for (Field field : fields) {
			if (byName.put(field.name(), field) != null) {
				throw new IllegalArgumentException(taskKey + " declares " + field.name() + " twice");
			}
		}
		return new TaskContract(processKey, taskKey, byName);
	}

	/** The same form at another task (the board adjusts the draft in the drafting form). */
	public TaskContract at(String otherProcessKey, String otherTaskKey) {
		return new TaskContract(otherProcessKey, otherTaskKey, fields);
	}

	public Optional<Field> field(String name) {
		return Optional.ofNullable(fields.get(name));
	}

	/** The fields a person fills in (not those the form only shows). */
	public Set<String> inputs() {
		Set<String> inputs = new LinkedHashSet<>();
		fields.values().stream().filter(field -> field.kind() != Kind.SHOWN).forEach(field -> inputs.add(field.name()));
		return inputs;
	}

	/** What a field holds. */
	public enum Kind {

		/** Text up to {@code max} characters. */
		TEXT,
		/** One of the {@code choices}, by name. */
		CHOICE,
		/** Yes or no (a Boolean, or its text). */
		FLAG,
		/** A whole number. */
		NUMBER,
		/** A date, as an ISO text or a date. */
		DATE,
		/** A JSON list (an embedded form's rows, a checklist's choices) of at most {@code max} items. */
		ROWS,
		/** Shown by the form, which sends it back: accepted only unchanged. */
		SHOWN

	}

	/** Texts and JSON beyond this are refused whatever the field: a String variable's own limit is near it. */
	static final int MAX_ROWS_CHARACTERS = 400_000;

	/**
	 * One field of a form.
	 * @param max the longest text, or the most rows
	 * @param decidedHere whether the process model reads the field, which this task decides (see the class comment)
	 */
	public record Field(String name, Kind kind, int max, List<String> choices, boolean decidedHere) {

		public Field {
			choices = List.copyOf(choices);
		}

		public static Field text(String name, int maxLength) {
			return new Field(name, Kind.TEXT, maxLength, List.of(), false);
		}

		public static <E extends Enum<E>> Field choice(String name, Class<E> options) {
			return new Field(name, Kind.CHOICE, 0, Arrays.stream(options.getEnumConstants()).map(Enum::name).toList(),
					false);
		}

		public static Field flag(String name) {
			return new Field(name, Kind.FLAG, 0, List.of(), false);
		}

		public static Field number(String name) {
			return new Field(name, Kind.NUMBER, 0, List.of(), false);
		}

		public static Field date(String name) {
			return new Field(name, Kind.DATE, 0, List.of(), false);
		}

		public static Field rows(String name, int maxRows) {
			return new Field(name, Kind.ROWS, maxRows, List.of(), false);
		}

		public static Field shown(String name) {
			return new Field(name, Kind.SHOWN, 0, List.of(), false);
		}

		/** This field's value routes the process: the model reads it. */
		public Field decides() {
			return new Field(name, kind, max, choices, true);
		}

		/**
		 * What is wrong with a value sent for this field, as a message key of messages.properties
		 * ({@code contract.field.*}, arguments: the field's name and its limit) — or nothing.
		 * {@code current} is the value the task holds now, for a field that is only shown.
		 */
		public Optional<Refusal> refusal(Object sent, Object current, ObjectMapper json) {
			if (sent instanceof TypedValue typed && !(typed instanceof SerializableValue) && typed.getType() != null
					&& !isPlain(typed.getValue())) {
				return refuse("contract.field.type");
			}
			if (sent instanceof SerializableValue serializable && !isJson(serializable)) {
				return refuse("contract.field.type");
			}
			Object value = sent instanceof TypedValue typed && !(typed instanceof SerializableValue) ? typed.getValue() : sent;
			if (value == null) {
				return Optional.empty();
			}
			return switch (kind) {
				case TEXT -> value instanceof String text ? tooLong(text, max) : refuse("contract.field.type");
				case CHOICE -> value instanceof String text && (text.isEmpty() || choices.contains(text)) ? Optional.empty()
						: refuse("contract.field.choice", String.join(", ", choices));
				case FLAG -> value instanceof Boolean || "true".equals(value) || "false".equals(value) ? Optional.empty()
						: refuse("contract.field.type");
				case NUMBER -> value instanceof Number || value instanceof String text && text.trim().matches("-?\\d{1,9}")
						? Optional.empty() : refuse("contract.field.type");
				case DATE -> value instanceof Date || value instanceof String text && text.length() <= 40 ? Optional.empty()
						: refuse("contract.field.type");
				case ROWS -> rows(value, json);
				case SHOWN -> same(comparable(value), comparable(current), json) ? Optional.empty()
						: refuse("contract.field.shown");
			};
		}

		private Optional<Refusal> rows(Object value, ObjectMapper json) {
			String text;
			try {
				text = value instanceof SerializableValue serializable
						? serializable.getValueSerialized() != null ? serializable.getValueSerialized()
								: String.valueOf(serializable.getValue())
						: value instanceof Collection<?> || value instanceof Map<?, ?> ? json.writeValueAsString(value)
								: value instanceof String string ? string : null;
			}
			catch (JsonProcessingException ex) {
				return refuse("contract.field.type");
			}
			if (text == null) {
				return refuse("contract.field.type");
			}
			if (text.length() > MAX_ROWS_CHARACTERS) {
				return refuse("contract.field.tooLong", MAX_ROWS_CHARACTERS);
			}
			JsonNode rows;
			try {
				rows = json.readTree(text);
			}
			catch (JsonProcessingException ex) {
				// unreadable rows are the listener's to refuse, with the form's own message
				return Optional.empty();
			}
			if (rows != null && !rows.isNull() && !rows.isArray()) {
				return refuse("contract.field.type");
			}
			return rows != null && rows.size() > max ? refuse("contract.field.tooMany", max) : Optional.empty();
		}

		private Optional<Refusal> tooLong(String text, int maxLength) {
			return text.length() > maxLength ? refuse("contract.field.tooLong", maxLength) : Optional.empty();
		}

		private Optional<Refusal> refuse(String key, Object limit) {
			return Optional.of(new Refusal(name, key, List.of(name, limit)));
		}

		private Optional<Refusal> refuse(String key) {
			return Optional.of(new Refusal(name, key, List.of(name)));
		}

		private static boolean isPlain(Object value) {
			return value == null || value instanceof String || value instanceof Boolean || value instanceof Number
					|| value instanceof Date;
		}

		private static boolean isJson(SerializableValue value) {
			return value.getType() != null && "json".equals(value.getType().getName());
		}

		/**
		 * What a form sends back for a shown value, as text: "" for nothing, its own line breaks; a
		 * JSON value (an embedded form's lists) as its JSON.
		 */
		private static String comparable(Object value) {
			Object plain = value instanceof SerializableValue serializable
					? serializable.getValueSerialized() != null ? serializable.getValueSerialized() : serializable.getValue()
					: value instanceof TypedValue typed ? typed.getValue() : value;
			return plain == null ? "" : plain.toString().replace("\r\n", "\n");
		}

		/**
		 * The same text, or the same JSON however it is spaced — and whatever marks an embedded form's
		 * AngularJS left on the rows it listed ({@code $$hashKey}).
		 */
		private static boolean same(String sent, String current, ObjectMapper json) {
			if (sent.equals(current)) {
				return true;
			}
			try {
				return (sent.startsWith("[") || sent.startsWith("{"))
						&& withoutAngularKeys(json.readTree(sent)).equals(json.readTree(current));
			}
			catch (JsonProcessingException ex) {
				return false;
			}
		}

		private static JsonNode withoutAngularKeys(JsonNode node) {
			if (node instanceof ObjectNode object) {
				object.properties().removeIf(property -> property.getKey().startsWith("$$"));
			}
			node.forEach(Field::withoutAngularKeys);
			return node;
		}

	}

	/** Why a field was refused: the message key and its arguments (the field's name first). */
	public record Refusal(String field, String messageKey, List<Object> arguments) {
	}

}
