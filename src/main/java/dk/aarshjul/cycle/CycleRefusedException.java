package dk.aarshjul.cycle;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A cycle could not be started. A BadUserRequestException, so that the engine REST API (and so
 * Tasklist's start dialog) answers 400 with the Danish message, and nothing is started.
 */
public class CycleRefusedException extends BadUserRequestException {

	private final List<FieldMessage> problems;

	public record FieldMessage(String field, String message) {
	}

	public CycleRefusedException(String summary, List<FieldMessage> problems) {
		super(summary + " " + String.join(" ", problems.stream().map(FieldMessage::message).toList()));
		this.problems = List.copyOf(problems);
	}

	public List<FieldMessage> problems() {
		return problems;
	}

}
