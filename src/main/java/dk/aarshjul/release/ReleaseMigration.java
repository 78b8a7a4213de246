package dk.aarshjul.release;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.task.CycleVariables;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries the cycles in flight into a new release: every running instance of an older version of
 * one of Årshjul's models is moved to the model's newest version with Camunda's migration API,
 * by the model's {@link ModelMigration}. It runs at every start (a start without a new deployment
 * finds nothing to do), once per new deployment and on one node (the claim in release_migration).
 * Each instance is migrated or left on its version, never half: instances go in chunks, each in a
 * transaction with its variable conversions, its records and its audit entries; a chunk that fails
 * is tried again instance by instance, so one that cannot be migrated keeps the rest from nothing.
 * What became of each is logged, kept for the administrators' report (/admin/migrering) and, for
 * the instances of a cycle, written to the cycle's audit trail.
 */
@Service
public class ReleaseMigration {

	private static final Logger log = LoggerFactory.getLogger(ReleaseMigration.class);

	private static final int CHUNK = 50;

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final Map<String, ModelMigration> migrations;

	private final MigrationRecords records;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final ThisNode node;

	private final Clock clock;

	private final MessageSource messages;

	ReleaseMigration(RepositoryService repository, RuntimeService runtime, List<ModelMigration> migrations,
			MigrationRecords records, AuditTrail audit, TransactionTemplate transaction, ThisNode node,
			Clock clock, MessageSource messages) {
		this.messages = messages;
		this.repository = repository;
		this.runtime = runtime;
		this.migrations = migrations.stream().collect(Collectors.toMap(ModelMigration::processKey, Function.identity()));
		this.records = records;
		this.audit = audit;
		this.transaction = transaction;
		this.node = node;
		this.clock = clock;
	}

	/**
	 * Migrates every running instance of an older version to the newest version of its model,
	 * unless another node has claimed (or done) the migration to the newest deployment.
	 * @return the instances' fates, empty when there was nothing to do here
	 */
	public List<MigrationRun.MigratedInstance> migrateToNewest() {
		List<ProcessDefinition> newest = repository.createProcessDefinitionQuery().latestVersion().list();
		if (newest.isEmpty()) {
			return List.of();
		}
		String target = newestDeployment(newest);
		if (!hasOlderInstances(newest)) {
			return List.of();
		}
		if (!claim(target)) {
			// another node migrates (or has); or this node did at an earlier start, and what it left
			// behind stays on its version until a new deployment (see docs/upgrade.md)
			log.info("Release migration to deployment {}: already claimed ({}), nothing done here", target,
					"older versions still run: /admin/migrering");
			return List.of();
		}
		List<MigrationRun.MigratedInstance> fates = new ArrayList<>();
		for (ProcessDefinition definition : newest) {
			fates.addAll(migrateOlderVersionsOf(definition, target));
		}
		transaction.executeWithoutResult(status -> records.finish(target, clock.instant()));
		long migrated = fates.stream().filter(MigrationRun.MigratedInstance::migrated).count();
		log.info("Release migration to deployment {}: {} instance(s) migrated, {} left on their version (/admin/migrering)",
				target, migrated, fates.size() - migrated);
		return fates;
	}

	private boolean claim(String target) {
		try {
			return transaction.execute(status -> records.claim(target, node.id(), clock.instant()));
		}
		catch (DuplicateKeyException otherNodeFirst) {
			return false;
		}
	}

	/** The report: every start's migration, newest first. */
	public List<MigrationRun> runs() {
		return records.runs();
	}

	private boolean hasOlderInstances(List<ProcessDefinition> newest) {
		return newest.stream().anyMatch(definition -> olderVersionsOf(definition).stream()
			.anyMatch(older -> runtime.createProcessInstanceQuery().processDefinitionId(older.getId()).count() > 0));
	}

	private List<ProcessDefinition> olderVersionsOf(ProcessDefinition newest) {
		return repository.createProcessDefinitionQuery().processDefinitionKey(newest.getKey()).list().stream()
			.filter(definition -> definition.getVersion() < newest.getVersion())
			.sorted(Comparator.comparingInt(ProcessDefinition::getVersion))
			.toList();
	}

	private List<MigrationRun.MigratedInstance> migrateOlderVersionsOf(ProcessDefinition target, String deployment) {
		List<MigrationRun.MigratedInstance> fates = new ArrayList<>();
		for (ProcessDefinition source : olderVersionsOf(target)) {
			List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).list();
			if (instances.isEmpty()) {
				continue;
			}
			ModelMigration migration = migrations.get(target.getKey());
			MigrationPlan plan;
			try {
				if (migration == null) {
					throw new IllegalStateException("no migration plan (ModelMigration) for the model " + target.getKey());
				}
				plan = migration.instructions(runtime.createMigrationPlan(source.getId(), target.getId()), source, target)
					.build();
			}
			catch (RuntimeException ex) {
				for (ProcessInstance instance : instances) {
					fates.add(leftBehind(deployment, source, target, instance, "the migration plan is refused: " + ex.getMessage()));
				}
				continue;
			}
			for (int from = 0; from < instances.size(); from += CHUNK) {
				List<ProcessInstance> chunk = instances.subList(from, Math.min(from + CHUNK, instances.size()));
				fates.addAll(migrate(deployment, migration, plan, source, target, chunk));
			}
		}
		return fates;
	}

	private List<MigrationRun.MigratedInstance> migrate(String deployment, ModelMigration migration, MigrationPlan plan,
			ProcessDefinition source, ProcessDefinition target, List<ProcessInstance> chunk) {
		try {
			return transaction.execute(status -> migrateTogether(deployment, migration, plan, source, target, chunk));
		}
		catch (RuntimeException together) {
			if (chunk.size() == 1) {
				return List.of(leftBehind(deployment, source, target, chunk.get(0), reasonOf(together)));
			}
			List<MigrationRun.MigratedInstance> fates = new ArrayList<>();
			for (ProcessInstance instance : chunk) {
				fates.addAll(migrate(deployment, migration, plan, source, target, List.of(instance)));
			}
			return fates;
		}
	}

	private List<MigrationRun.MigratedInstance> migrateTogether(String deployment, ModelMigration migration,
			MigrationPlan plan, ProcessDefinition source, ProcessDefinition target, List<ProcessInstance> chunk) {
		// Listeners and input mappings belong to the work of a cycle, not to moving it: a task is
		// not created anew, nothing is recorded twice.
		runtime.newMigration(plan)
			.processInstanceIds(chunk.stream().map(ProcessInstance::getId).toList())
			.skipCustomListeners()
			.skipIoMappings()
			.execute();
		List<MigrationRun.MigratedInstance> fates = new ArrayList<>();
		for (ProcessInstance instance : chunk) {
			migration.convertVariables(instance.getId(), source, target, runtime);
			MigrationRun.MigratedInstance fate = new MigrationRun.MigratedInstance(target.getKey(), instance.getId(),
					instance.getBusinessKey(), source.getVersion(), target.getVersion(), true, null);
			records.record(deployment, fate, clock.instant());
			audit(instance.getId(), AuditAction.RELEASE_MIGRATED, target,
					message("release.audit.migrated", source.getVersion(), target.getVersion()));
			log.info("Migrated {} {} ({}) from version {} to {}", target.getKey(), instance.getId(),
					instance.getBusinessKey(), source.getVersion(), target.getVersion());
			fates.add(fate);
		}
		return fates;
	}

	private MigrationRun.MigratedInstance leftBehind(String deployment, ProcessDefinition source, ProcessDefinition target,
			ProcessInstance instance, String reason) {
		MigrationRun.MigratedInstance fate = new MigrationRun.MigratedInstance(target.getKey(), instance.getId(),
				instance.getBusinessKey(), source.getVersion(), target.getVersion(), false, reason);
		log.warn("Not migrated: {} {} ({}) stays on version {} (newest {}): {}", target.getKey(), instance.getId(),
				instance.getBusinessKey(), source.getVersion(), target.getVersion(), reason);
		transaction.executeWithoutResult(status -> {
			records.record(deployment, fate, clock.instant());
			audit(instance.getId(), AuditAction.RELEASE_NOT_MIGRATED, target,
					message("release.audit.notMigrated", source.getVersion(), reason));
		});
		return fate;
	}

	/** Into the trail of the instance's cycle; instances of no cycle (the deadline chase, a journal delivery) have none. */
	private void audit(String processInstanceId, AuditAction action, ProcessDefinition target, String reason) {
		Object cycleId = runtime.getVariable(processInstanceId, CycleVariables.CYCLE_ID);
		if (cycleId instanceof Number id) {
			audit.record(id.longValue(), null, action, target.getName(), reason);
		}
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.forLanguageTag("da"));
	}

	private static String reasonOf(RuntimeException ex) {
		StringBuilder reason = new StringBuilder(String.valueOf(ex.getMessage()));
		for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			reason.append(" / ").append(cause.getMessage());
		}
		return reason.toString();
	}

	private String newestDeployment(List<ProcessDefinition> newest) {
		return newest.stream()
			.map(ProcessDefinition::getDeploymentId)
			.distinct()
			.map(id -> repository.createDeploymentQuery().deploymentId(id).singleResult())
			.max(Comparator.comparing(Deployment::getDeploymentTime).thenComparing(Deployment::getId))
			.map(Deployment::getId)
			.orElseThrow();
	}

}
