package dk.aarshjul.engine;

/**
 * Work around every engine command, outside its transaction (a Camunda command interceptor, without
 * Camunda's internal types). A Spring bean of this type wraps the commands of the engine's
 * transaction-required chain, and those that need a transaction of their own too when
 * {@link #alsoInNewTransactions()}; beans run in their {@code @Order}, the first outermost.
 */
public interface CommandWrapper {

	/** Runs the command: {@link RunningCommand#proceed()} once (or again, to retry it), or refuses it. */
	<T> T execute(RunningCommand<T> command);

	/** Whether it also wraps the commands that run in a transaction of their own. */
	default boolean alsoInNewTransactions() {
		return false;
	}

}
