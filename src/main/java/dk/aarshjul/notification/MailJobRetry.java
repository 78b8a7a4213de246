package dk.aarshjul.notification;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * Camunda's retry of a failed job, which reads the retry cycle from the job's activity only for
 * its own kinds of job; a mail job takes its cycle from the service task of the notification model
 * it names, so a mail server that is down is tried again every five minutes, not three times at once.
 */
class MailJobRetry extends DefaultJobRetryCmd {

	MailJobRetry(String jobId, Throwable exception) {
		super(jobId, exception);
	}

	static FailedJobCommandFactory factory() {
		return MailJobRetry::new;
	}

	@Override
	public Object execute(CommandContext commandContext) {
		JobEntity job = getJob();
		if (job == null || !SendMailJobHandler.TYPE.equals(job.getJobHandlerType())) {
			return super.execute(commandContext);
		}
		ProcessDefinitionEntity definition = commandContext.getProcessEngineConfiguration()
			.getDeploymentCache()
			.findDeployedProcessDefinitionById(job.getProcessDefinitionId());
		ActivityImpl sendMail = definition.findActivity(NotificationProcess.SERVICE_TASK_SEND_MAIL);
		try {
			executeCustomStrategy(commandContext, job, sendMail);
		}
		catch (Exception ex) {
			throw new ProcessEngineException("The mail job's retry cycle could not be read", ex);
		}
		return null;
	}

}
