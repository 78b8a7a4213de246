package dk.aarshjul.cycle;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A completed form was refused. Thrown from a task's complete listener, it rolls the completion
 * back: the task stays open, nothing is saved, and Tasklist shows the Danish message (the REST
 * API answers 400).
 */
public class InvalidTaskInputException extends BadUserRequestException {

	public InvalidTaskInputException(List<String> messages) {
		super(String.join(" ", messages));
	}

	public InvalidTaskInputException(String message) {
		super(message);
	}

}
