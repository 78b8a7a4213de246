package dk.aarshjul.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;

import dk.aarshjul.approval.DecisionOutcome;
import dk.aarshjul.approval.PoliticalApprovalProcess;
import dk.aarshjul.drafting.DraftingProcess;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

/** A typed variable reads the engine's values as its type, whatever width they were stored with. */
class ProcessVariableTests {

	private final VariableScope scope = mock(VariableScope.class);

	@Test
	void numbersAreReadAsTheTypeAskedForAndAMissingOneIsNull() {
		when(scope.getVariable(CycleVariables.PLAN_ID)).thenReturn(7); // Java wrote an Integer
		when(scope.getVariable(CycleVariables.CYCLE_YEAR)).thenReturn(2027L); // the REST API wrote a Long

		assertThat(CycleVariables.PLAN.from(scope)).isEqualTo(7L);
		assertThat(CycleVariables.YEAR.from(scope)).isEqualTo(2027);
		assertThat(CycleVariables.cycleYear(scope)).isEqualTo(2027);
		assertThat(CycleVariables.CYCLE.from(scope)).isNull();
	}

	@Test
	void aFlagIsReadFromABooleanOrItsTextAndATaskLocalOneOnlyFromTheTask() {
		ProcessVariable<Boolean> approved = ProcessVariable.flag("unitPlanApproved");
		when(scope.getVariable("unitPlanApproved")).thenReturn("true");
		when(scope.getVariableLocal("unitPlanApproved")).thenReturn(null);

		assertThat(approved.from(scope)).isTrue();
		assertThat(approved.fromLocal(scope)).isNull();
	}

	@Test
	void writingUsesTheVariablesName() {
		CycleVariables.YEAR.set(scope, 2028);
		CycleVariables.TITLE.setLocal(scope, "Plan");

		verify(scope).setVariable("cycleYear", 2028);
		verify(scope).setVariableLocal("planTitle", "Plan");
	}

	@Test
	void aTaskIsCompletedWithAMapBuiltFromTheAccessors() {
		Map<String, Object> completion = DraftingProcess.Variables.READY.with(false)
			.and(DraftingProcess.Variables.MANAGEMENT_COMMENT, "Ikke endnu.")
			.and(PoliticalApprovalProcess.Variables.DECISION, DecisionOutcome.SENT_BACK);

		assertThat(completion).containsExactly(Map.entry("draftReady", false),
				Map.entry("managementComment", "Ikke endnu."), Map.entry("decision", "SENT_BACK"));
	}

	@Test
	void aValueIsPutIntoAMapAlreadyMadeAndReadBackFromOne() {
		Map<String, Object> rows = new HashMap<>(Map.of("unitPlan", "[]"));

		assertThat(CycleVariables.YEAR.put(rows, 2029)).isSameAs(rows).containsEntry("cycleYear", 2029);
		rows.put("decision", "APPROVED");
		rows.put("hearingSummary", SpinValues.jsonValue("\"**Svar**\"").create().getValue());
		assertThat(CycleVariables.YEAR.from(rows)).isEqualTo(2029);
		assertThat(PoliticalApprovalProcess.Variables.DECISION.from(rows)).isEqualTo(DecisionOutcome.APPROVED);
		assertThat(PoliticalApprovalProcess.Variables.HEARING_SUMMARY.from(rows))
			.as("a form's display text, stored as a JSON string, is read as its text").isEqualTo("**Svar**");
		assertThat(PoliticalApprovalProcess.Variables.REASONING.from(rows)).isNull();
	}

	@Test
	void aChoiceIsWrittenByItsNameAndAMissingValueStaysMissing() {
		PoliticalApprovalProcess.Variables.DECISION.set(scope, DecisionOutcome.APPROVED_WITH_CHANGES);
		PoliticalApprovalProcess.Variables.REASONING.setLocal(scope, null);

		verify(scope).setVariable("decision", "APPROVED_WITH_CHANGES");
		verify(scope).setVariableLocal("reasoning", null);
	}

}
