package dk.aarshjul.cycle;

import java.util.LinkedHashMap;
import java.util.Map;

import dk.aarshjul.audit.AuditedCycle;
import dk.aarshjul.audit.AuditedCycles;
import org.springframework.stereotype.Component;

/**
 * Tells the audit trail which plan and business key a cycle id stands for. Both are given when the
 * cycle is made and never change, and ids are never used again, so each node reads a cycle's keys
 * once instead of at every audited completion (a select per completion); a cycle deleted since
 * has no tasks left whose completion could be audited.
 */
@Component
class CycleKeysForAudit implements AuditedCycles {

	/* far more than the cycles running at once in a municipality; the least recently audited go first */
	private static final int MOST_KEPT = 2_000;

	private final StrategyCycleRepository cycles;

	private final Map<Long, AuditedCycle> known = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, AuditedCycle> eldest) {
			return size() > MOST_KEPT;
		}

	};

	CycleKeysForAudit(StrategyCycleRepository cycles) {
		this.cycles = cycles;
	}

	@Override
	public AuditedCycle byId(Long cycleId) {
		synchronized (known) {
			AuditedCycle keys = known.get(cycleId);
			if (keys != null) {
				return keys;
			}
		}
		// read outside the lock: other completions need not wait for this one's database
		StrategyCycle cycle = cycles.findById(cycleId).orElseThrow();
		AuditedCycle keys = new AuditedCycle(cycle.getPlan().getId(), cycle.getId(), cycle.getBusinessKey());
		synchronized (known) {
			known.put(cycleId, keys);
		}
		return keys;
	}

}
