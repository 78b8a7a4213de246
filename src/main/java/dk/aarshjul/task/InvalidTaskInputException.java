package dk.aarshjul.task;

import java.util.List;

import dk.aarshjul.engine.RefusedFormInput;

/**
 * A completed form was refused. Thrown from a task's complete listener, it rolls the completion
 * back: the task stays open, nothing is saved, and Tasklist shows the Danish message. It is the
 * engine's form validation exception ({@link RefusedFormInput}), so the REST API's submit-form
 * answers 400, not 500.
 */
public class InvalidTaskInputException extends RefusedFormInput {

	public InvalidTaskInputException(List<String> messages) {
		this(String.join(" ", messages));
	}

	public InvalidTaskInputException(String message) {
		super(message);
	}

}
