package dk.aarshjul.task;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.mockito.Mockito;

/** Stand-ins for the unit tests of the listeners that check a completed form. */
public final class FormInputs {

	private FormInputs() {
	}

	/** Form data whose messages are their keys, so a test can see which problems were found. */
	public static FormData messagesAsKeys() {
		return Mockito.mock(FormData.class, invocation -> "message".equals(invocation.getMethod().getName())
				? invocation.getArgument(0) : Mockito.RETURNS_DEFAULTS.answer(invocation));
	}

	/** A task whose form was completed with these values. */
	public static DelegateTask completedWith(Map<String, Object> values) {
		DelegateTask task = Mockito.mock(DelegateTask.class);
		Mockito.when(task.getVariable(Mockito.anyString())).thenAnswer(call -> values.get(call.<String>getArgument(0)));
		return task;
	}

}
