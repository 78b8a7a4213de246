package dk.aarshjul.deadline;

import dk.aarshjul.engine.EngineTime;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The deadline chase's round ({@code ${deadlineChase}}, every quarter of an hour): the engine that
 * runs it and the engine's time to {@link DeadlineChasing#chaseRound}, timed.
 */
@Component("deadlineChase")
class DeadlineChase implements JavaDelegate {

	private final DeadlineChasing chasing;

	/** How many rounds this node ran and how long they took (/actuator/prometheus, docs/nodes.md). */
	private final Timer rounds;

	DeadlineChase(DeadlineChasing chasing, MeterRegistry meters) {
		this.chasing = chasing;
		this.rounds = Timer.builder("aarshjul.chase.round")
			.description("Rounds of the deadline chase run on this node, and their duration")
			.register(meters);
	}

	@Override
	public void execute(DelegateExecution execution) {
		Timer.Sample round = Timer.start();
		try {
			chasing.chaseRound(execution.getProcessEngineServices(), EngineTime.now());
		}
		finally {
			round.stop(rounds);
		}
	}

}
