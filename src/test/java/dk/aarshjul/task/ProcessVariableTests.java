package dk.aarshjul.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.VariableScope;
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

}
