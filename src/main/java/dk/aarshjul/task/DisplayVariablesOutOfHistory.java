package dk.aarshjul.task;

import java.util.HashSet;
import java.util.Set;

import dk.aarshjul.engine.HistoryLeftOut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Leaves the forms' display variables ({@link FormDisplayVariables}) out of the history: every
 * task made a history row and a detail row for each of them (with a byte array for the JSON ones),
 * and read and updated the row again when the task was done. Only task-local variables of those
 * names are left out, so the processes' own variables of the same names keep their history.
 */
@Component
class DisplayVariablesOutOfHistory implements HistoryLeftOut {

	private final ObjectProvider<FormDisplayVariables> declared;

	private volatile Set<String> names;

	DisplayVariablesOutOfHistory(ObjectProvider<FormDisplayVariables> declared) {
		this.declared = declared;
	}

	@Override
	public boolean leavesOutVariable(String name, boolean taskLocal) {
		return taskLocal && names().contains(name);
	}

	private Set<String> names() {
		Set<String> known = names;
		if (known == null) {
			Set<String> all = new HashSet<>();
			declared.orderedStream().forEach(variables -> all.addAll(variables.names()));
			known = Set.copyOf(all);
			names = known;
		}
		return known;
	}

}
