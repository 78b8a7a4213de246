package dk.aarshjul.engine;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * Camunda looks for a job's failed-job incident whenever it deletes the job: one statement per
 * job, and completing a task deletes its three timers. A failed-job incident exists only while
 * its job has no retries left (it is raised when the retries reach 0 and resolved when they are
 * given back), so for a job this command holds with retries left there is nothing to find and
 * the look-up is skipped. Every other case — a job without retries, one the command does not hold
 * — is looked up as Camunda does.
 */
@Component
class IncidentsOnlyOfFailedJobs extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		// replaces the default failed-job handler (Camunda's composite handlers are not enabled)
		if (configuration.getCustomIncidentHandlers() == null) {
			configuration.setCustomIncidentHandlers(new ArrayList<>());
		}
		configuration.getCustomIncidentHandlers().add(new FailedJobIncidentHandler());
	}

	static final class FailedJobIncidentHandler extends DefaultIncidentHandler {

		FailedJobIncidentHandler() {
			super(Incident.FAILED_JOB_HANDLER_TYPE);
		}

		@Override
		public void resolveIncident(IncidentContext context) {
			if (mayHaveIncident(context)) {
				super.resolveIncident(context);
			}
		}

		@Override
		public void deleteIncident(IncidentContext context) {
			if (mayHaveIncident(context)) {
				super.deleteIncident(context);
			}
		}

		private static boolean mayHaveIncident(IncidentContext context) {
			CommandContext command = Context.getCommandContext();
			if (command == null || context.getConfiguration() == null) {
				return true;
			}
			JobEntity job = command.getDbEntityManager().getCachedEntity(JobEntity.class, context.getConfiguration());
			return job == null || job.getRetries() <= 0;
		}

	}

}
