package dk.aarshjul.overview;

import java.util.Comparator;
import java.util.List;

import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.organisation.CamundaGroups;
import dk.aarshjul.plan.PlanAccess;
import dk.aarshjul.plan.StrategyPlan;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read a plan, by the overview's rule ({@link PlanOverview#visibleTo}), so a plan's JSON
 * and its cycle's page answer alike:
 * <ul>
 * <li>process owners, administrators and the executive board (who draft every plan, answer the
 * hearing and adjust the draft) read every plan;</li>
 * <li>a plan that is decided (approved, translated, followed up, evaluated) anyone signed in reads;</li>
 * <li>a draft (being written, commented, consulted on or before the politicians) is read besides
 * only by those who may see one of its running cycles now: who holds one of its open tasks, or
 * is offered one through their groups — the management group while it comments, Hovedudvalget
 * during the hearing, Økonomiudvalget and Byrådet while they decide — or whose unit translates it.
 * When their task is done, the draft is closed to them again.</li>
 * </ul>
 * Importing or replacing a plan is for process owners and administrators; editing one in the plan
 * editor too, and only before its first cycle started.
 */
@Component
class PlanReaders implements PlanAccess {

	private final ViewerResolver viewers;

	private final PlanOverview overview;

	private final StrategyCycleRepository cycles;

	PlanReaders(ViewerResolver viewers, PlanOverview overview, StrategyCycleRepository cycles) {
		this.viewers = viewers;
		this.overview = overview;
		this.cycles = cycles;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayRead(StrategyPlan plan, Authentication user) {
		if (!plan.getStatus().isDraft()) {
			return true;
		}
		Viewer viewer = viewers.of(user);
		return viewer.seesEveryPlan()
				|| cycles.findBusinessKeysByPlanId(plan.getId()).stream().anyMatch(key -> overview.visibleTo(viewer, key));
	}

	@Override
	public boolean mayImport(Authentication user) {
		Viewer viewer = viewers.of(user);
		return viewer.isProcessOwner() || viewer.groupIds().contains(CamundaGroups.ADMINISTRATORS);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayEdit(StrategyPlan plan, Authentication user) {
		return mayImport(user) && cycles.findBusinessKeysByPlanId(plan.getId()).isEmpty();
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> visibleCycles(StrategyPlan plan, Authentication user) {
		Viewer viewer = viewers.of(user);
		return cycles.findBusinessKeysByPlanId(plan.getId())
			.stream()
			.filter(key -> overview.visibleTo(viewer, key))
			.sorted(Comparator.reverseOrder())
			.toList();
	}

}
