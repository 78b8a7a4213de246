package dk.aarshjul.task;

import java.util.Objects;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable with its name and its Java type, so code reads and writes it without a cast
 * or a string: {@code CycleVariables.YEAR.from(task)}, {@code DraftingProcess.READY.set(execution, true)}.
 * Numbers are read as the type asked for whatever width the engine stored (a value written by
 * Camunda's REST API as a Long, by Java as an Integer).
 */
public final class ProcessVariable<T> {

	private final String name;

	private final Function<Object, T> reading;

	private ProcessVariable(String name, Function<Object, T> reading) {
		this.name = Objects.requireNonNull(name);
		this.reading = reading;
	}

	public static ProcessVariable<Long> longValue(String name) {
		return new ProcessVariable<>(name, value -> ((Number) value).longValue());
	}

	public static ProcessVariable<Integer> intValue(String name) {
		return new ProcessVariable<>(name, value -> ((Number) value).intValue());
	}

	public static ProcessVariable<String> text(String name) {
		return new ProcessVariable<>(name, Object::toString);
	}

	public static ProcessVariable<Boolean> flag(String name) {
		return new ProcessVariable<>(name, value -> value instanceof Boolean yes ? yes : Boolean.parseBoolean(value.toString()));
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

	/** Sets it where the engine finds it (the nearest scope that has it, else the process instance). */
	public void set(VariableScope scope, T value) {
		scope.setVariable(name, value);
	}

	/** Sets it on this scope only: a task's own variable, gone when the task is. */
	public void setLocal(VariableScope scope, T value) {
		scope.setVariableLocal(name, value);
	}

	public void remove(VariableScope scope) {
		scope.removeVariable(name);
	}

	@Override
	public String toString() {
		return name;
	}

}
