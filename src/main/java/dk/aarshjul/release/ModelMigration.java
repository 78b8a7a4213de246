package dk.aarshjul.release;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * How the running instances of one of Årshjul's models move from an older version to the newest
 * when a release starts (see {@link ReleaseMigration}). Each model has one, a bean beside its
 * process class, so that whoever changes the model finds the plan to change with it: activities
 * kept under the same id map by themselves; a renamed or split activity needs its mapping here,
 * a renamed or reshaped variable its conversion.
 */
public interface ModelMigration {

	/** The model's process key. */
	String processKey();

	/**
	 * The instructions from {@code source} to {@code target}. By default every activity maps to the
	 * activity with the same id; add {@code plan.mapActivities(old, new)} for what was renamed.
	 * Event triggers (timers) are kept as they are: their dates were set by the calendar.
	 */
	default MigrationPlanBuilder instructions(MigrationPlanBuilder plan, ProcessDefinition source,
			ProcessDefinition target) {
		return plan.mapEqualActivities();
	}

	/**
	 * Converts the instance's variables to what the target version reads, in the migration's own
	 * transaction (a failure leaves the instance on its version). Nothing by default.
	 */
	default void convertVariables(String processInstanceId, ProcessDefinition source, ProcessDefinition target,
			RuntimeService runtime) {
	}

}
