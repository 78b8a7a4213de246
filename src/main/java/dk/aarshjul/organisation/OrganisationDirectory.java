package dk.aarshjul.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The units and committees as this node last loaded them, held in memory for what every task
 * asks of them (its name in context, a unit's kind for its staggered deadline, its local MED):
 * three statements a completion need not send. The organisation changes only when a node loads
 * its file, which it does at its start; nodes run the same file, so a new file is deployed by
 * restarting each node. The units and committees are read from the tables the load wrote, once it
 * has committed, and read again every minute, so that what a restarted node loaded reaches the
 * nodes that did not restart yet.
 */
@Component
public class OrganisationDirectory {

	private record Snapshot(Map<String, Unit> units, Map<String, Body> bodies, Map<String, Body> localMedByUnit) {
	}

	private final UnitRepository unitRepository;

	private final BodyRepository bodyRepository;

	private volatile Snapshot snapshot;

	OrganisationDirectory(UnitRepository unitRepository, BodyRepository bodyRepository) {
		this.unitRepository = unitRepository;
		this.bodyRepository = bodyRepository;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void loaded(OrganisationLoaded loaded) {
		snapshot = read();
	}

	/**
	 * What another node loaded reaches this one within {@code aarshjul.organisation.refresh} (a
	 * minute): three statements a minute, instead of a check on every completion (docs/nodes.md).
	 */
	@Scheduled(fixedDelayString = "${aarshjul.organisation.refresh:PT1M}",
			initialDelayString = "${aarshjul.organisation.refresh:PT1M}")
	void refresh() {
		if (snapshot != null) {
			snapshot = read();
		}
	}

	public Optional<Unit> unit(String unitId) {
		return Optional.ofNullable(unitId).map(current().units()::get);
	}

	public Optional<Body> body(String bodyId) {
		return Optional.ofNullable(bodyId).map(current().bodies()::get);
	}

	/** The unit's own local MED committee, if it has one. */
	public Optional<Body> localMedCommitteeOf(String unitId) {
		return Optional.ofNullable(unitId).map(current().localMedByUnit()::get);
	}

	private Snapshot current() {
		Snapshot current = snapshot;
		if (current == null) {
			// a task before this node's first load (only in a test that loads no file)
			current = read();
			snapshot = current;
		}
		return current;
	}

	private Snapshot read() {
		List<Body> bodies = bodyRepository.findAllByOrderByPosition();
		return new Snapshot(
				unitRepository.findAll().stream().collect(Collectors.toUnmodifiableMap(Unit::getId, Function.identity())),
				bodies.stream().collect(Collectors.toUnmodifiableMap(Body::getId, Function.identity())),
				bodies.stream()
					.filter(body -> body.getKind() == BodyKind.LOCAL_MED_COMMITTEE && body.getUnitId() != null)
					.collect(Collectors.toUnmodifiableMap(Body::getUnitId, Function.identity(), (first, later) -> first)));
	}

}
