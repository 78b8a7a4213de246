package dk.aarshjul.deadline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.aarshjul.organisation.BodyRepository;
import dk.aarshjul.organisation.CamundaGroups;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leadership levels above a late task, read off the organisation tree: for a department its
 * core area's chief, then the executive board; for a core area, centre or staff the executive
 * board. Above the board the process owners, who keep the cycle's calendar, are told.
 * <p>
 * A committee's task (Økonomiudvalget, Byrådet, a MED committee) goes straight to the process
 * owners: a committee is a political or co-determination body, not a step in the leadership line,
 * and the executive board is not its superior — it may neither decide in the committee's place
 * nor be the one who chases it. The process owners, who set the meeting dates, are told.
 */
@Component
@Transactional(readOnly = true)
class EscalationLadder {

	private final UnitRepository units;

	private final BodyRepository bodies;

	EscalationLadder(UnitRepository units, BodyRepository bodies) {
		this.units = units;
		this.bodies = bodies;
	}

	/** The groups to escalate to, nearest first, leaving out those that already hold the task. */
	List<String> above(String unitId, Set<String> holdingGroups) {
		Set<String> ladder = new LinkedHashSet<>();
		if (!heldByACommittee(holdingGroups)) {
			Optional<Unit> unit = unitId == null ? Optional.empty() : units.findById(unitId);
			while (unit.isPresent() && unit.get().getParentId() != null) {
				Optional<Unit> parent = units.findById(unit.get().getParentId());
				parent.ifPresent(superior -> ladder.add(superior.getParentId() == null ? CamundaGroups.EXECUTIVE_BOARD
						: CamundaGroups.unitChief(superior.getId())));
				unit = parent;
			}
			ladder.add(CamundaGroups.EXECUTIVE_BOARD);
		}
		ladder.add(CamundaGroups.PROCESS_OWNERS);
		List<String> levels = new ArrayList<>(ladder);
		levels.removeAll(holdingGroups);
		return levels;
	}

	/** Every committee's group is named by the committee's id in the organisation file. */
	private boolean heldByACommittee(Set<String> holdingGroups) {
		return !holdingGroups.isEmpty() && !bodies.findAllById(holdingGroups).isEmpty();
	}

}
