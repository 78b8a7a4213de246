package dk.aarshjul.deadline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.aarshjul.organisation.CamundaGroups;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leadership levels above a late task, read off the organisation tree: for a department its
 * core area's chief, then the executive board; for a core area, centre or staff the executive
 * board. Above the board (and for tasks of the board or a committee) the process owners, who
 * keep the cycle's calendar, are told.
 */
@Component
@Transactional(readOnly = true)
class EscalationLadder {

	private final UnitRepository units;

	EscalationLadder(UnitRepository units) {
		this.units = units;
	}

	/** The groups to escalate to, nearest first, leaving out those that already hold the task. */
	List<String> above(String unitId, Set<String> holdingGroups) {
		Set<String> ladder = new LinkedHashSet<>();
		Optional<Unit> unit = unitId == null ? Optional.empty() : units.findById(unitId);
		while (unit.isPresent() && unit.get().getParentId() != null) {
			Optional<Unit> parent = units.findById(unit.get().getParentId());
			parent.ifPresent(superior -> ladder.add(superior.getParentId() == null ? CamundaGroups.EXECUTIVE_BOARD
					: CamundaGroups.unitChief(superior.getId())));
			unit = parent;
		}
		ladder.add(CamundaGroups.EXECUTIVE_BOARD);
		ladder.add(CamundaGroups.PROCESS_OWNERS);
		List<String> levels = new ArrayList<>(ladder);
		levels.removeAll(holdingGroups);
		return levels;
	}

}
