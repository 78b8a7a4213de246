package dk.aarshjul.approval;

import java.util.Set;
import java.util.stream.Collectors;

import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.FormDisplayVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Tells the deciding body who it is and what was decided before it in this cycle, read-only; its
 * own decision starts unchosen, also when Byrådet decides after Økonomiudvalget in the same
 * process or a body decides again after the plan was sent back and redrafted.
 */
@Component("prepareDecisionForm")
class PrepareDecisionForm implements TaskListener, FormDisplayVariables {

	static final String EARLIER_DECISIONS = "earlierDecisions";

	private final BodyNames bodyNames;

	private final CommitteeDecisionRepository decisions;

	private final FormData form;

	PrepareDecisionForm(BodyNames bodyNames, CommitteeDecisionRepository decisions, FormData form) {
		this.bodyNames = bodyNames;
		this.decisions = decisions;
		this.form = form;
	}

	@Override
	public void notify(DelegateTask task) {
		form.clearEarlierRound(task, RecordCommitteeDecision.DECISION, RecordCommitteeDecision.REASONING);
		Integer year = (Integer) task.getVariable(CycleVariables.CYCLE_YEAR);
		task.setVariableLocal("bodyName", bodyNames.of(CycleVariables.bodyId(task)));
		String earlier = decisions.findByPlanIdOrderByRecordedAtAsc(CycleVariables.planId(task))
			.stream()
			.filter(decision -> decision.getCycleYear() == year)
			.map(decision -> form.message("approval.earlierDecision", bodyNames.of(decision.getBodyId()),
					form.message("approval.outcome." + decision.getOutcome()),
					decision.getReasoning() == null ? "" : decision.getReasoning()))
			.collect(Collectors.joining("\n"));
		task.setVariableLocal(EARLIER_DECISIONS, earlier.isEmpty() ? form.message("approval.noEarlierDecisions") : earlier);
	}

	@Override
	public Set<String> names() {
		return Set.of("bodyName", EARLIER_DECISIONS);
	}

}
