package dk.aarshjul.task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A completed form's fields, read and checked in one pass. Every reading notes what is wrong
 * with its field instead of stopping at the first problem, so the person filling in the form
 * learns everything at once; {@link #refuseIfInvalid()} then refuses the whole form with one
 * {@link InvalidTaskInputException} before anything is saved. Each message is a key in
 * messages.properties whose Danish text names the field it concerns; a too-long text's message
 * gets the limit as its first argument.
 */
public final class TaskInput {

	private final VariableScope task;

	private final FormData form;

	private final List<String> problems = new ArrayList<>();

	private TaskInput(VariableScope task, FormData form) {
		this.task = task;
		this.form = form;
	}

	public static TaskInput of(VariableScope task, FormData form) {
		return new TaskInput(task, form);
	}

	/** Text that must be there and fit: {@code <messages>.required}, {@code <messages>.tooLong}. */
	public String requiredText(String field, int maxLength, String messages) {
		String text = text(field);
		if (text.isEmpty()) {
			problems.add(form.message(messages + ".required"));
		}
		return checkedLength(text, maxLength, messages);
	}

	/** Text that may be empty but must fit ({@code <messages>.tooLong}); "" when empty. */
	public String optionalText(String field, int maxLength, String messages) {
		return checkedLength(text(field), maxLength, messages);
	}

	/** A checkbox the person must tick to finish the task. */
	public boolean ticked(String field, String messageKey) {
		boolean ticked = Boolean.TRUE.equals(flag(field));
		require(ticked, messageKey);
		return ticked;
	}

	/** A yes/no the form may leave out; not ticked counts as no. */
	public boolean yes(String field) {
		return Boolean.TRUE.equals(flag(field));
	}

	/** One of an enum's values by name, or {@code null} (and a problem) when none was chosen. */
	public <E extends Enum<E>> E choice(String field, Class<E> type, String messageKey) {
		String chosen = text(field);
		E value = Arrays.stream(type.getEnumConstants()).filter(option -> option.name().equals(chosen)).findFirst()
			.orElse(null);
		require(value != null, messageKey);
		return value;
	}

	/** A rule across fields; {@code messageKey}'s text says what is missing. */
	public void require(boolean condition, String messageKey, Object... arguments) {
		if (!condition) {
			problems.add(form.message(messageKey, arguments));
		}
	}

	public List<String> problems() {
		return List.copyOf(problems);
	}

	/** Refuses the form with every problem found, or returns when there is none. */
	public void refuseIfInvalid() {
		if (!problems.isEmpty()) {
			throw new InvalidTaskInputException(problems);
		}
	}

	private String checkedLength(String text, int maxLength, String messages) {
		if (text.length() > maxLength) {
			problems.add(form.message(messages + ".tooLong", maxLength));
		}
		return text;
	}

	private String text(String field) {
		Object value = task.getVariable(field);
		return value == null ? "" : value.toString().trim();
	}

	/** A Boolean from a checkbox or radio (true, false or their text), or null when the form did not say. */
	private Boolean flag(String field) {
		Object value = task.getVariable(field);
		if (value instanceof Boolean bool) {
			return bool;
		}
		if (value != null && ("true".equals(value.toString()) || "false".equals(value.toString()))) {
			return Boolean.valueOf(value.toString());
		}
		return null;
	}

}
