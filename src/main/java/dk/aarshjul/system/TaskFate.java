package dk.aarshjul.system;

import java.time.Instant;

/**
 * What became of a task a request acted on: still open (perhaps taken by someone), completed by
 * someone at some time, closed without being completed (e.g. the hearing's deadline passed), or
 * never known to this database.
 */
record TaskFate(State state, String userId, String userName, Instant at) {

	enum State {

		OPEN, COMPLETED, CLOSED, UNKNOWN

	}

	static TaskFate open(String assignee, String assigneeName) {
		return new TaskFate(State.OPEN, assignee, assigneeName, null);
	}

	static TaskFate unknown() {
		return new TaskFate(State.UNKNOWN, null, null, null);
	}

	boolean isOpen() {
		return state == State.OPEN;
	}

	/** Gone, but known from history: somebody (or the process) got there first. */
	boolean isGone() {
		return state == State.COMPLETED || state == State.CLOSED;
	}

}
