package dk.aarshjul.task;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the values task forms work with. Rows (one per focus area, one per goal)
 * travel as one JSON variable that an embedded form edits: Tasklist 7.24 keeps the Complete
 * button disabled on a Camunda Form whose dynamic list holds data. A checklist's options and
 * choices travel as JSON variables too.
 */
@Component
public class FormData {

	private final ObjectMapper json;

	private final MessageSource messages;

	public FormData(ObjectMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	/** Sets a JSON variable local to the task (or execution), so parallel tasks never share it. */
	public void putLocalJson(VariableScope scope, String name, Object value) {
		try {
			scope.setVariableLocal(name, SpinValues.jsonValue(json.writeValueAsString(value)).create());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write form value " + name, ex);
		}
	}

	/**
	 * Makes a task that may come round again start with these fields empty: Tasklist fills a
	 * Camunda Form from every variable the task sees, so an earlier round's decision or comment,
	 * left in the process by its submitted form, would otherwise be chosen already.
	 */
	public void clearEarlierRound(DelegateTask task, String... names) {
		for (String name : names) {
			if (!task.hasVariableLocal(name) && task.hasVariable(name)) {
				task.getExecution().removeVariable(name);
			}
		}
	}

	/**
	 * A JSON variable as a tree: the rows an embedded form edits (one Json variable, never
	 * numbered slots). Null when the variable is not set; a value that is not JSON refuses the form.
	 */
	public JsonNode json(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		if (value == null) {
			return null;
		}
		try {
			// a String from a REST client, a Spin JSON node (its text is the JSON) or a Java list or map
			String text = value instanceof java.util.Collection<?> || value instanceof Map<?, ?>
					? json.writeValueAsString(value) : value.toString();
			return json.readTree(text);
		}
		catch (JsonProcessingException ex) {
			throw new InvalidTaskInputException(message("form.rows.invalid"));
		}
	}

	/** A text value of a JSON row, trimmed; "" when absent or null. */
	public static String text(JsonNode row, String field) {
		JsonNode value = row == null ? null : row.get(field);
		return value == null || value.isNull() ? "" : value.asText().trim();
	}

	public List<String> strings(VariableScope scope, String name) {
		return read(scope.getVariable(name), new TypeReference<>() {
		});
	}

	public String text(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		return value == null ? "" : value.toString().trim();
	}

	/** A Boolean from a checkbox or radio, or null when the form did not say. */
	public Boolean flag(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		if (value instanceof Boolean bool) {
			return bool;
		}
		if (value != null && ("true".equals(value.toString()) || "false".equals(value.toString()))) {
			return Boolean.valueOf(value.toString());
		}
		return null;
	}

	public String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private <T> List<T> read(Object value, TypeReference<List<T>> type) {
		if (value == null) {
			return List.of();
		}
		try {
			String text = value instanceof String string ? string : value.toString();
			if (value instanceof List<?> list) {
				text = json.writeValueAsString(list);
			}
			return json.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			throw new InvalidTaskInputException(message("form.list.invalid"));
		}
	}

}
