package dk.aarshjul.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The index Camunda recommends with {@code jobExecutorAcquireByDueDate}: the executor's acquisition
 * then reads the jobs that are due, not every waiting timer of every cycle. Camunda creates and
 * upgrades its own tables when the engine is built, after Flyway has run on a fresh database, so
 * the index is made here, once those tables exist, on H2 and PostgreSQL alike.
 */
@Component
class JobDueDateIndex extends AbstractProcessEnginePlugin {

	static final String INDEX = "ACT_IDX_JOB_DUEDATE";

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();
		try (Connection connection = configuration.getDataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create index if not exists " + INDEX + " on ACT_RU_JOB (DUEDATE_)");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the index " + INDEX + " on ACT_RU_JOB", ex);
		}
	}

}
