package dk.aarshjul.cycle;

import java.util.List;
import java.util.stream.Stream;

/**
 * The activities of strategy-cycle.bpmn that are a phase of the cycle, in the cycle's order: where
 * the overview and Cockpit say a cycle "is".
 */
public final class CyclePhases {

	public static final List<String> IN_ORDER = List.of(StrategyCycleProcess.CALL_ACTIVITY_DRAFTING,
			StrategyCycleProcess.CALL_ACTIVITY_MED_CONSULTATION, StrategyCycleProcess.CALL_ACTIVITY_POLITICAL_APPROVAL,
			StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS, StrategyCycleProcess.CALL_ACTIVITY_UNIT_TRANSLATION,
			StrategyCycleProcess.CALL_ACTIVITY_FOLLOW_UP_ROUND, StrategyCycleProcess.USER_TASK_EVALUATE_PLAN);

	/** Every phase as an activity id, and as the body of a multi-instance phase. */
	public static final List<String> ACTIVITIES = IN_ORDER.stream()
		.flatMap(phase -> Stream.of(phase, phase + "#multiInstanceBody"))
		.toList();

	private CyclePhases() {
	}

}
