package dk.aarshjul.cycle;

import java.util.List;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works out the position of the cycles that have none yet — those that ran before V11 added it —
 * once, when the application has started (Flyway runs before the engine has its tables, so the
 * migration cannot); the same for where the processes they called wait (V13). Afterwards the task
 * lifecycle keeps both (CyclePositionTracking).
 */
@Component
class CyclePositionBackfill {

	private static final int CHUNK = 500;

	private final CyclePositions positions;

	private final CalledProcessWaits called;

	private final TransactionTemplate transactions;

	CyclePositionBackfill(CyclePositions positions, CalledProcessWaits called, TransactionTemplate transactions) {
		this.positions = positions;
		this.called = called;
		this.transactions = transactions;
	}

	@EventListener(ApplicationStartedEvent.class)
	void workOutTheMissing() {
		List<String> missing;
		do {
			missing = transactions.execute(status -> {
				List<String> chunk = positions.notWorkedOut(CHUNK);
				positions.refresh(chunk);
				return chunk;
			});
		}
		while (missing != null && missing.size() == CHUNK);
		workOutTheCalledMissing();
	}

	/**
	 * The called processes' waits (V13) of the cycles that have none, a chunk of cycles at a time in
	 * their order; a second engine starting at once waits for the cycles' locks and writes them again.
	 */
	private void workOutTheCalledMissing() {
		transactions.executeWithoutResult(status -> called.forgetTheGone());
		String after = "";
		List<String> chunk;
		do {
			String from = after;
			chunk = transactions.execute(status -> {
				List<String> roots = called.rootsNotWorkedOut(from, CHUNK);
				positions.lock(roots);
				called.refresh(roots);
				return roots;
			});
			after = chunk == null || chunk.isEmpty() ? after : chunk.get(chunk.size() - 1);
		}
		while (chunk != null && chunk.size() == CHUNK);
	}

}
