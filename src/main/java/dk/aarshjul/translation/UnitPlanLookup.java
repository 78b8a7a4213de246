package dk.aarshjul.translation;

import java.util.Optional;

/**
 * A unit's plan for a plan and year by its natural id: a completion reads it in the task it
 * completes and again for the next task (or the journal), and the second read finds it in the
 * transaction's persistence context instead of sending the query again.
 */
public interface UnitPlanLookup {

	Optional<UnitPlan> findByPlanIdAndUnitIdAndCycleYear(Long planId, String unitId, int cycleYear);

}
