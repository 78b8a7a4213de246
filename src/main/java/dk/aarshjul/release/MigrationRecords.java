package dk.aarshjul.release;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The tables release_migration (one row per target deployment: the claim that makes one node, once,
 * migrate to it) and release_migration_instance (what became of each instance), V17_1.
 */
@Repository
class MigrationRecords {

	private final JdbcTemplate jdbc;

	MigrationRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the migration to the deployment for this node. A node that finds the row claimed by
	 * another leaves it (that node migrates, or has); the same node, started again after a crash
	 * half-way, takes its unfinished claim up again (migrating is idempotent: a migrated instance is
	 * no longer on an older version).
	 */
	boolean claim(String targetDeploymentId, String node, Instant now) {
		if (jdbc.update("update release_migration set started_at = ? where target_deployment_id = ? and node = ? "
				+ "and finished_at is null", Timestamp.from(now), targetDeploymentId, node) == 1) {
			return true;
		}
		// Two nodes that start at once may both find no row; the primary key lets one insert it, and
		// the other's insert fails (DuplicateKeyException, its transaction rolled back): ReleaseMigration.
		return jdbc.update("insert into release_migration (target_deployment_id, node, started_at) "
				+ "select ?, ?, cast(? as timestamp with time zone) "
				+ "where not exists (select 1 from release_migration where target_deployment_id = ?)",
				targetDeploymentId, node, Timestamp.from(now), targetDeploymentId) == 1;
	}

	void record(String targetDeploymentId, MigrationRun.MigratedInstance instance, Instant now) {
		jdbc.update("insert into release_migration_instance (target_deployment_id, process_key, process_instance_id, "
				+ "business_key, from_version, to_version, migrated, reason, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				targetDeploymentId, instance.processKey(), instance.processInstanceId(), instance.businessKey(),
				instance.fromVersion(), instance.toVersion(), instance.migrated(), shortened(instance.reason()),
				Timestamp.from(now));
	}

	void finish(String targetDeploymentId, Instant now) {
		jdbc.update("update release_migration set finished_at = ? where target_deployment_id = ?", Timestamp.from(now),
				targetDeploymentId);
	}

	/** The runs, newest first, each with its instances. */
	List<MigrationRun> runs() {
		return jdbc.query("select target_deployment_id, node, started_at, finished_at from release_migration "
				+ "order by claim_order desc", (row, n) -> {
					String target = row.getString("target_deployment_id");
					List<MigrationRun.MigratedInstance> instances = instances(target);
					long migrated = instances.stream().filter(MigrationRun.MigratedInstance::migrated).count();
					return new MigrationRun(target, row.getString("node"), row.getTimestamp("started_at").toInstant(),
							Optional.ofNullable(row.getTimestamp("finished_at")).map(Timestamp::toInstant).orElse(null),
							migrated, instances.size() - migrated, instances);
				});
	}

	private List<MigrationRun.MigratedInstance> instances(String targetDeploymentId) {
		return jdbc.query("select process_key, process_instance_id, business_key, from_version, to_version, migrated, "
				+ "reason from release_migration_instance where target_deployment_id = ? order by id",
				(row, n) -> new MigrationRun.MigratedInstance(row.getString("process_key"),
						row.getString("process_instance_id"), row.getString("business_key"), row.getInt("from_version"),
						row.getInt("to_version"), row.getBoolean("migrated"), row.getString("reason")),
				targetDeploymentId);
	}

	private static String shortened(String reason) {
		return reason == null || reason.length() <= 4000 ? reason : reason.substring(0, 3997) + "...";
	}

}
