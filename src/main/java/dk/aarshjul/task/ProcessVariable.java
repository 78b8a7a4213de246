package dk.aarshjul.task;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * A process variable with its name and its Java type, so code reads and writes it without a cast
 * or a string: {@code CycleVariables.YEAR.from(task)}, {@code DraftingProcess.READY.set(execution, true)}.
 * Numbers are read as the type asked for whatever width the engine stored (a value written by
 * Camunda's REST API as a Long, by Java as an Integer). A choice is stored as its constant's name.
 *
 * <p>A test (or a start request) builds the variables it completes a task with from the same
 * accessors: {@code DraftingProcess.Variables.READY.with(true)}, for more than one
 * {@code APPROVED.with(false).and(REVIEW_REASON, "Gør det mere konkret.")}, and into a map already
 * made (a form's rows) {@code LOCAL_MED_DISCUSSES.put(answers, false)}.
 */
public final class ProcessVariable<T> {

	private final String name;

	private final Function<Object, T> reading;

	private final Function<T, Object> writing;

	private ProcessVariable(String name, Function<Object, T> reading) {
		this(name, reading, value -> value);
	}

	private ProcessVariable(String name, Function<Object, T> reading, Function<T, Object> writing) {
		this.name = Objects.requireNonNull(name);
		this.reading = reading;
		this.writing = writing;
	}

	public static ProcessVariable<Long> longValue(String name) {
		return new ProcessVariable<>(name, value -> ((Number) value).longValue());
	}

	public static ProcessVariable<Integer> intValue(String name) {
		return new ProcessVariable<>(name, value -> ((Number) value).intValue());
	}

	/**
	 * Text; a form's display text stored as a JSON string (so Tasklist does not cut it at 4000
	 * characters) is read as the text it holds.
	 */
	public static ProcessVariable<String> text(String name) {
		return new ProcessVariable<>(name,
				value -> value instanceof SpinJsonNode json && json.isString() ? json.stringValue() : value.toString());
	}

	public static ProcessVariable<Boolean> flag(String name) {
		return new ProcessVariable<>(name, value -> value instanceof Boolean yes ? yes : Boolean.parseBoolean(value.toString()));
	}

	/** A form's JSON value (a checklist, rows), as the engine holds it: a Spin JSON value or its text. */
	public static ProcessVariable<Object> json(String name) {
		return new ProcessVariable<>(name, value -> value);
	}

	/** One of an enum's constants, stored by its name (what a form's select sends). */
	public static <E extends Enum<E>> ProcessVariable<E> choice(String name, Class<E> type) {
		return new ProcessVariable<>(name, value -> type.isInstance(value) ? type.cast(value)
				: Enum.valueOf(type, value.toString()), Enum::name);
	}

	public String name() {
		return name;
	}

	/** The value seen from the scope (its own, or its parents'); null when there is none. */
	public T from(VariableScope scope) {
		Object value = scope.getVariable(name);
		return value == null ? null : reading.apply(value);
	}

	/** The scope's own value only (a task's local variable); null when there is none. */
	public T fromLocal(VariableScope scope) {
		Object value = scope.getVariableLocal(name);
		return value == null ? null : reading.apply(value);
	}

	/** The value in a map of variables (what TaskService or RuntimeService hand out); null when absent. */
	public T from(Map<String, ?> variables) {
		Object value = variables.get(name);
		return value == null ? null : reading.apply(value);
	}

	/** A new map holding this variable: what a test completes a task or starts a process with. */
	public Values with(T value) {
		return new Values().and(this, value);
	}

	/** Adds this variable to the map and hands the map back, so several typed values make one map. */
	public <M extends Map<String, Object>> M put(M variables, T value) {
		variables.put(name, value == null ? null : writing.apply(value));
		return variables;
	}

	/** Sets it where the engine finds it (the nearest scope that has it, else the process instance). */
	public void set(VariableScope scope, T value) {
		scope.setVariable(name, value == null ? null : writing.apply(value));
	}

	/** Sets it on this scope only: a task's own variable, gone when the task is. */
	public void setLocal(VariableScope scope, T value) {
		scope.setVariableLocal(name, value == null ? null : writing.apply(value));
	}

	public void remove(VariableScope scope) {
		scope.removeVariable(name);
	}

	@Override
	public String toString() {
		return name;
	}

	/** Variables by name, each put by its typed accessor, in the order given. */
	public static final class Values extends LinkedHashMap<String, Object> {

		private static final long serialVersionUID = 1L;

		public <V> Values and(ProcessVariable<V> variable, V value) {
			variable.put(this, value);
			return this;
		}

	}

}
