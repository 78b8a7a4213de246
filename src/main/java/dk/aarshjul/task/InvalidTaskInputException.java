package dk.aarshjul.task;

import java.util.List;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A completed form was refused. Thrown from a task's complete listener, it rolls the completion
 * back: the task stays open, nothing is saved, and Tasklist shows the Danish message. It is the
 * engine's form validation exception, so the REST API's submit-form answers 400, not 500.
 */
public class InvalidTaskInputException extends FormFieldValidationException {

	public InvalidTaskInputException(List<String> messages) {
		this(String.join(" ", messages));
	}

	public InvalidTaskInputException(String message) {
		super(null, message, null);
	}

}
