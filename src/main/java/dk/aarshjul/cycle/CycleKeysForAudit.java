package dk.aarshjul.cycle;

import dk.aarshjul.audit.AuditedCycle;
import dk.aarshjul.audit.AuditedCycles;
import org.springframework.stereotype.Component;

/** Tells the audit trail which plan and business key a cycle id stands for. */
@Component
class CycleKeysForAudit implements AuditedCycles {

	private final StrategyCycleRepository cycles;

	CycleKeysForAudit(StrategyCycleRepository cycles) {
		this.cycles = cycles;
	}

	@Override
	public AuditedCycle byId(Long cycleId) {
		StrategyCycle cycle = cycles.findById(cycleId).orElseThrow();
		return new AuditedCycle(cycle.getPlan().getId(), cycle.getId(), cycle.getBusinessKey());
	}

}
