package dk.aarshjul.audit;

import java.time.Clock;

import dk.aarshjul.engine.CurrentUser;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Writes a plan's audit trail, in the same transaction as what it records, so an entry exists
 * exactly when the thing happened. Entries belong to the cycle (and through it to the plan).
 * Each entry is published as an {@link AuditRecorded} event within that transaction, so a feature
 * that acts on what happened (the journal) listens here instead of in every phase's listeners.
 */
@Service
public class AuditTrail {

	private final AuditEntryRepository entries;

	private final AuditedCycles cycles;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AuditTrail(AuditEntryRepository entries, AuditedCycles cycles, Clock clock, ApplicationEventPublisher events) {
		this.entries = entries;
		this.cycles = cycles;
		this.clock = clock;
		this.events = events;
	}

	/** Something a person did by completing a task. */
	public void byTask(DelegateTask task, AuditAction action, String subject, String reason) {
		record(CycleVariables.cycleId(task), TaskActor.of(task), action, subject, reason);
	}

	/** Something the process did (or the person whose call started it). */
	public void byProcess(DelegateExecution execution, AuditAction action, String subject, String reason) {
		record(CycleVariables.cycleId(execution), CurrentUser.id(execution.getProcessEngineServices().getIdentityService()),
				action, subject, reason);
	}

	public void record(Long cycleId, String actor, AuditAction action, String subject, String reason) {
		AuditedCycle cycle = cycles.byId(cycleId);
		AuditEntry entry = entries.save(new AuditEntry(cycle.planId(), cycle.cycleId(), cycle.businessKey(),
				clock.instant(), actor, action, subject, reason));
		events.publishEvent(new AuditRecorded(entry));
	}

}
