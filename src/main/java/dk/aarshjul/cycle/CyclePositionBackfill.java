package dk.aarshjul.cycle;

import java.util.List;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works out the position of the cycles that have none yet — those that ran before V11 added it —
 * once, when the application has started (Flyway runs before the engine has its tables, so the
 * migration cannot). Afterwards the task lifecycle keeps it (CyclePositionTracking).
 */
@Component
class CyclePositionBackfill {

	private static final int CHUNK = 500;

	private final CyclePositions positions;

	private final TransactionTemplate transactions;

	CyclePositionBackfill(CyclePositions positions, TransactionTemplate transactions) {
		this.positions = positions;
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
	}

}
