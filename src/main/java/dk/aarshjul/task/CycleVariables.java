package dk.aarshjul.task;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The one home of the cycle's process variables: their names and typed access. Variables hold
 * ids and the few values gateways, DMN tables and forms need; everything else is in the tables.
 */
public final class CycleVariables {

	public static final String PLAN_ID = "planId";

	public static final String CYCLE_ID = "cycleId";

	public static final String PLAN_TITLE = "planTitle";

	public static final String CYCLE_YEAR = "cycleYear";

	public static final String UNIT_ID = "unitId";

	public static final String BODY_ID = "bodyId";

	public static final String FOLLOW_UP_DATE = "followUpDate";

	/** Task-local: the unit or committee a task concerns, by name, for Tasklist's list columns. */
	public static final String CONCERNS = "unitName";

	/**
	 * Task-local: who may not decide this task under the four-eyes rules (they did the work it
	 * decides on), so that nobody offers it to them.
	 */
	public static final String EXCLUDED_DECIDERS = "excludedDeciders";

	/** Fields of the start form (and of the API's start request), removed once the cycle is registered. */
	public static final String START_PLAN_CODE = "planCode";

	public static final ProcessVariable<Long> PLAN = ProcessVariable.longValue(PLAN_ID);

	public static final ProcessVariable<Long> CYCLE = ProcessVariable.longValue(CYCLE_ID);

	public static final ProcessVariable<String> TITLE = ProcessVariable.text(PLAN_TITLE);

	public static final ProcessVariable<Integer> YEAR = ProcessVariable.intValue(CYCLE_YEAR);

	public static final ProcessVariable<String> UNIT = ProcessVariable.text(UNIT_ID);

	public static final ProcessVariable<String> BODY = ProcessVariable.text(BODY_ID);

	/** The follow-up round's date, as ISO text. */
	public static final ProcessVariable<String> FOLLOW_UP = ProcessVariable.text(FOLLOW_UP_DATE);

	/** {@link #CONCERNS}, typed. */
	public static final ProcessVariable<String> UNIT_NAME = ProcessVariable.text(CONCERNS);

	/** {@link #START_PLAN_CODE}, typed. */
	public static final ProcessVariable<String> PLAN_CODE = ProcessVariable.text(START_PLAN_CODE);

	/** Shown on the tasks that decide on the plan: the plan, as Markdown. */
	public static final ProcessVariable<String> PLAN_SUMMARY = ProcessVariable.text(PlanSummaryForForms.PLAN_SUMMARY);

	/** The variables above that identify, route or hold back: no person's request may write them. */
	public static final Set<String> MODEL = Set.of(PLAN_ID, CYCLE_ID, PLAN_TITLE, CYCLE_YEAR, UNIT_ID, BODY_ID,
			FOLLOW_UP_DATE, CONCERNS, EXCLUDED_DECIDERS);

	private CycleVariables() {
	}

	public static Long planId(VariableScope scope) {
		return PLAN.from(scope);
	}

	public static Long cycleId(VariableScope scope) {
		return CYCLE.from(scope);
	}

	public static int cycleYear(VariableScope scope) {
		return YEAR.from(scope);
	}

	public static String unitId(VariableScope scope) {
		return UNIT.from(scope);
	}

	public static String bodyId(VariableScope scope) {
		return BODY.from(scope);
	}

	public static String followUpDate(VariableScope scope) {
		return FOLLOW_UP.from(scope);
	}

	public static Set<String> excludedDeciders(VariableScope task) {
		Object value = task.getVariableLocal(EXCLUDED_DECIDERS);
		return value == null || value.toString().isEmpty() ? Set.of()
				: new TreeSet<>(Arrays.asList(value.toString().split(",")));
	}

	/** User ids cannot hold a comma (the organisation file's id pattern), so a plain list does. */
	public static void setExcludedDeciders(VariableScope task, Set<String> userIds) {
		task.setVariableLocal(EXCLUDED_DECIDERS, String.join(",", new TreeSet<>(userIds)));
	}

}
