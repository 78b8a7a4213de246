package dk.aarshjul.task;

import java.util.Set;

/**
 * The task-local variables a feature sets only for a task's form to show: copies of what Årshjul
 * keeps in its own tables (a unit's name, last round's comment, the plan's summary), not what
 * anyone typed or decided. They are not written to Camunda's history ({@link
 * DisplayVariablesOutOfHistory}); what a user submits on the form is, and so are the process's
 * own variables of the same names.
 */
public interface FormDisplayVariables {

	Set<String> names();

}
