package dk.aarshjul.engine;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Engine work done for whoever's call is running, without their authorizations: the public API
 * has no way to lift the checks for one step of a command.
 */
public final class WithoutAuthorization {

	private WithoutAuthorization() {
	}

	/**
	 * Inside the running command (a listener, a delegate), without authorization checks; outside
	 * one, as it is.
	 */
	public static <T> T inThisCommand(Supplier<T> work) {
		CommandContext context = Context.getCommandContext();
		return context == null ? work.get() : context.runWithoutAuthorization((Callable<T>) work::get);
	}

}
