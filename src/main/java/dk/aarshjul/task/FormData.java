package dk.aarshjul.task;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the values Camunda Forms work with. Rows (one per focus area, one per goal)
 * travel as numbered slots of plain variables, {@code action1}, {@code action2}, …: Tasklist
 * 7.24 keeps the Complete button disabled on a form whose dynamic list holds data, so the forms
 * have a fixed number of slots and hide the empty ones. A checklist's options and choices travel
 * as JSON variables.
 */
@Component
public class FormData {

	private final ObjectMapper json;

	private final MessageSource messages;

	FormData(ObjectMapper json, MessageSource messages) {
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

	/** Sets each row's values as task-local slot variables: {@code key + (row index + 1)}. */
	public void putLocalSlots(VariableScope scope, List<Map<String, Object>> rows, int slots) {
		if (rows.size() > slots) {
			throw new InvalidTaskInputException(message("form.slots.tooMany", slots));
		}
		for (int i = 0; i < rows.size(); i++) {
			for (Map.Entry<String, Object> value : rows.get(i).entrySet()) {
				scope.setVariableLocal(value.getKey() + (i + 1), value.getValue());
			}
		}
	}

	/** The value of slot {@code index} (from 1) of {@code key}. */
	public Object slot(VariableScope scope, String key, int index) {
		return scope.getVariable(key + index);
	}

	public String slotText(VariableScope scope, String key, int index) {
		Object value = slot(scope, key, index);
		return value == null ? "" : value.toString().trim();
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
