package dk.aarshjul.approval;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.aarshjul.consultation.ConsultationStatement;
import dk.aarshjul.consultation.ConsultationStatementRepository;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.FormDisplayVariables;
import dk.aarshjul.task.MarkdownText;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Tells the deciding body who it is, what Hovedudvalget said in this cycle's hearing (or that it
 * said nothing) and what the board answered, and what was decided before it in this cycle,
 * read-only; its
 * own decision starts unchosen, also when Byrådet decides after Økonomiudvalget in the same
 * process or a body decides again after the plan was sent back and redrafted.
 */
@Component("prepareDecisionForm")
class PrepareDecisionForm implements TaskListener, FormDisplayVariables {

	static final String EARLIER_DECISIONS = "earlierDecisions";

	/**
	 * The hearing as Markdown ({@code {{hearingSummary}}} in decide-on-plan.form), every typed text
	 * escaped; a Json variable, as a statement and an answer of 10,000 characters each pass a String
	 * variable's 4,000. A text component, not a field: the form never sends it back.
	 */
	/** The deciding body's name, which the form's heading shows. */
	static final String BODY_NAME = "bodyName";

	static final String HEARING_SUMMARY = "hearingSummary";

	private final ConsultationStatementRepository statements;

	private final BodyNames bodyNames;

	private final CommitteeDecisionRepository decisions;

	private final FormData form;

	PrepareDecisionForm(BodyNames bodyNames, CommitteeDecisionRepository decisions,
			ConsultationStatementRepository statements, FormData form) {
		this.statements = statements;
		this.bodyNames = bodyNames;
		this.decisions = decisions;
		this.form = form;
	}

	@Override
	public void notify(DelegateTask task) {
		form.clearEarlierRound(task, RecordCommitteeDecision.DECISION, RecordCommitteeDecision.REASONING);
		Integer year = CycleVariables.YEAR.from(task);
		PoliticalApprovalProcess.Variables.BODY_NAME.setLocal(task, bodyNames.of(CycleVariables.bodyId(task)));
		String earlier = decisions.findByPlanIdOrderByRecordedAtAsc(CycleVariables.planId(task))
			.stream()
			.filter(decision -> decision.getCycleYear() == year)
			.map(decision -> form.message("approval.earlierDecision", bodyNames.of(decision.getBodyId()),
					form.message("approval.outcome." + decision.getOutcome()),
					decision.getReasoning() == null ? "" : decision.getReasoning()))
			.collect(Collectors.joining("\n"));
		task.setVariableLocal(EARLIER_DECISIONS, earlier.isEmpty() ? form.message("approval.noEarlierDecisions") : earlier);
		form.putLocalJson(task, HEARING_SUMMARY, hearingSummary(CycleVariables.planId(task), year));
	}

	/** The last hearing of this cycle (after a send-back, the one before this decision). */
	String hearingSummary(Long planId, Integer year) {
		Optional<ConsultationStatement> hearing = statements.findByPlanIdOrderByRecordedAtAsc(planId)
			.stream()
			.filter(statement -> year != null && statement.getCycleYear() == year)
			.max(Comparator.comparing(ConsultationStatement::getRecordedAt));
		StringBuilder text = new StringBuilder("**").append(form.message("approval.hearing.statement")).append("**\n\n");
		if (hearing.isEmpty() || hearing.get().isNoStatement() || blank(hearing.get().getStatement())) {
			text.append(form.message("approval.hearing.noStatement"));
		}
		else {
			text.append(MarkdownText.of(hearing.get().getStatement()));
		}
		text.append("\n\n**").append(form.message("approval.hearing.answer")).append("**\n\n");
		if (hearing.isEmpty() || blank(hearing.get().getBoardAnswer())) {
			text.append(form.message("approval.hearing.noAnswer"));
		}
		else {
			text.append(MarkdownText.of(hearing.get().getBoardAnswer()));
		}
		return text.toString();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	@Override
	public Set<String> names() {
		return Set.of("bodyName", EARLIER_DECISIONS, HEARING_SUMMARY);
	}

}
