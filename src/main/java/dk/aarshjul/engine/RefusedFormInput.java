package dk.aarshjul.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A refusal the engine takes for its own form validation's: a listener that throws it rolls the
 * completion back, and the REST API's submit-form answers it 400, not 500.
 */
public class RefusedFormInput extends FormFieldValidationException {

	protected RefusedFormInput(String message) {
		super(null, message, null);
	}

}
