package dk.aarshjul.release;

import java.time.Instant;
import java.util.List;

/**
 * One start's migration to the newest deployment of Årshjul's models: who ran it, when, and what
 * became of each running instance of an older version.
 */
public record MigrationRun(String targetDeploymentId, String node, Instant startedAt, Instant finishedAt,
		long migrated, long notMigrated, List<MigratedInstance> instances) {

	/** One instance: moved to the target version, or left on its own with the reason. */
	public record MigratedInstance(String processKey, String processInstanceId, String businessKey, int fromVersion,
			int toVersion, boolean migrated, String reason) {
	}

}
