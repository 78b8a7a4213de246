package dk.aarshjul.cycle;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A cycle could not be started, or its calendar not changed. A BadUserRequestException, so that the engine REST API (and so
 * Tasklist's start dialog) answers 400 with the Danish message, and nothing is started.
 */
public class CycleRefusedException extends BadUserRequestException {

	public record FieldMessage(String field, String message) {
	}

	private final String summary;

	private final List<FieldMessage> problems;

	public CycleRefusedException(String summary, List<FieldMessage> problems) {
		super(summary + " " + String.join(" ", problems.stream().map(FieldMessage::message).toList()));
		this.summary = summary;
		this.problems = List.copyOf(problems);
	}

	public String summary() {
		return summary;
	}

	public List<FieldMessage> problems() {
		return problems;
	}

}
