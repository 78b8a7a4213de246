package dk.aarshjul.engine;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * Camunda's retry of a failed job, which reads the retry cycle from the job's activity only for
 * its own kinds of job; a job of an {@link ActivityJob} kind takes its cycle from the activity of the
 * model it names (a mail server that is down is tried again every five minutes, not three times at once).
 */
class ActivityJobRetry extends DefaultJobRetryCmd {

	private final Map<String, ActivityJob> kinds;

	ActivityJobRetry(String jobId, Throwable exception, Map<String, ActivityJob> kinds) {
		super(jobId, exception);
		this.kinds = kinds;
	}

	static FailedJobCommandFactory factory(Map<String, ActivityJob> kinds) {
		return (jobId, exception) -> new ActivityJobRetry(jobId, exception, kinds);
	}

	@Override
	public Object execute(CommandContext commandContext) {
		JobEntity job = getJob();
		ActivityJob kind = job == null ? null : kinds.get(job.getJobHandlerType());
		if (kind == null) {
			return super.execute(commandContext);
		}
		ProcessDefinitionEntity definition = commandContext.getProcessEngineConfiguration()
			.getDeploymentCache()
			.findDeployedProcessDefinitionById(job.getProcessDefinitionId());
		ActivityImpl activity = definition.findActivity(kind.activityId());
		try {
			executeCustomStrategy(commandContext, job, activity);
		}
		catch (Exception ex) {
			throw new ProcessEngineException("The retry cycle of job " + job.getId() + " could not be read", ex);
		}
		return null;
	}

}
