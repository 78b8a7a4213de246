package dk.aarshjul.engine;

import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The job executor locks the jobs it takes (mails, timers) under a lock owner, for
 * {@code camunda.bpm.job-execution.lock-time-in-millis}. Camunda's lock owner is random per start,
 * so a node killed while it held jobs left them locked until the lock ran out, and nobody could
 * tell they were its own. Here the lock owner is the node's id, and a node that starts releases
 * the locks still held under it before its job executor starts: a node that was restarted knows
 * that nothing it held is running any more, and its mails go out at once.
 * <p>
 * Only this node's own locks are released; each node must therefore have an id of its own
 * ({@link EngineNode}: system's NodeProperties). Nothing happens where the job executor is off (the tests).
 */
@Component
class JobLocksOfThisNode extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(JobLocksOfThisNode.class);

	private final ObjectProvider<JobExecutor> jobExecutor;

	private final EngineNode node;

	private final JdbcTemplate jdbc;

	private String lockOwner;

	private CommandExecutor commands;

	// The starter makes the job executor a bean unless camunda.bpm.job-execution.enabled is false
	// (when the setting is missing, too): the bean is what says whether jobs run here.
	JobLocksOfThisNode(ObjectProvider<JobExecutor> jobExecutor, EngineNode node, DataSource dataSource) {
		this.jobExecutor = jobExecutor;
		this.node = node;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		JobExecutor executor = jobExecutor.getIfAvailable();
		if (executor != null && executor == configuration.getJobExecutor()) {
			lockOwner = node.nodeId();
			executor.setLockOwner(lockOwner);
			commands = configuration.getCommandExecutorTxRequired();
		}
	}

	/** After the engine is built and before the job executor starts (when the application has started). */
	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		if (lockOwner == null) {
			return;
		}
		String jobs = engine.getManagementService().getTableName(JobEntity.class);
		List<String> held = jdbc.queryForList("select ID_ from " + jobs + " where LOCK_OWNER_ = ?", String.class,
				lockOwner);
		for (String jobId : held) {
			// through the engine, so the job's revision moves on like any other change of it
			commands.execute(context -> {
				JobEntity job = context.getJobManager().findJobById(jobId);
				if (job != null && lockOwner.equals(job.getLockOwner())) {
					job.unlock();
				}
				return null;
			});
		}
		if (!held.isEmpty()) {
			log.warn("Released {} job(s) that node {} had locked when it stopped; they run again now", held.size(),
					lockOwner);
		}
	}

}
