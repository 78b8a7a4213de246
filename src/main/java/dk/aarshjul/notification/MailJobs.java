package dk.aarshjul.notification;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Each mail is one job of the engine, written in the transaction that wrote the notification: no
 * process instance, execution or variable per mail. The job belongs to the model "Send e-mail om
 * en opgave" and its service task, which is where its retry cycle is read from (R3/PT5M) and where
 * the incident shows when the last try fails; an operator retries it from Cockpit like any job.
 */
@Component
class MailJobs extends AbstractProcessEnginePlugin {

	private final SendMailJobHandler handler;

	private volatile SendMailStep model;

	private ProcessEngineConfigurationImpl engine;

	MailJobs(ObjectProvider<SendNotificationMail> sender) {
		this.handler = new SendMailJobHandler(sender);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<JobHandler> handlers = configuration.getCustomJobHandlers() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomJobHandlers());
		handlers.add(handler);
		configuration.setCustomJobHandlers(handlers);
		this.engine = configuration;
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		// after the starter's preInit, which sets Camunda's own factory
		configuration.setFailedJobCommandFactory(MailJobRetry.factory());
	}

	/** Queues the notification's mail; it is sent once the surrounding transaction has committed. */
	void queue(long notificationId) {
		CommandContext context = Context.getCommandContext();
		if (context != null) {
			queue(context, notificationId);
		}
		else {
			engine.getCommandExecutorTxRequired().execute(command -> {
				queue(command, notificationId);
				return null;
			});
		}
	}

	/**
	 * Runs the work in a command and transaction of its own (its mails are queued in it), so that
	 * one that fails leaves the others and whatever called it as they were.
	 */
	<T> T inCommandOfItsOwn(java.util.function.Supplier<T> work) {
		return engine.getCommandExecutorTxRequiresNew().execute(command -> {
			command.disableAuthorizationCheck();
			return work.get();
		});
	}

	private void queue(CommandContext context, long notificationId) {
		SendMailStep step = model(context);
		MessageEntity job = new MessageEntity();
		job.setJobHandlerType(SendMailJobHandler.TYPE);
		job.setJobHandlerConfigurationRaw(Long.toString(notificationId));
		// due now: with ensureJobDueDateNotNull the executor acquires only jobs with a due date
		job.setDuedate(ClockUtil.getCurrentTime());
		job.setProcessDefinitionId(step.processDefinitionId());
		job.setProcessDefinitionKey(NotificationProcess.KEY);
		job.setDeploymentId(step.deploymentId());
		// the job's activity, and so its incident's, is its job definition's: the service task. Given
		// as the definition itself, not its id, so that the job's log does not read it again for
		// every mail (its type and configuration never change)
		job.setJobDefinition(step.jobDefinition());
		context.getJobManager().send(job);
	}

	private SendMailStep model(CommandContext context) {
		SendMailStep known = model;
		if (known == null) {
			ProcessDefinitionEntity definition = context.getProcessEngineConfiguration()
				.getDeploymentCache()
				.findDeployedLatestProcessDefinitionByKey(NotificationProcess.KEY);
			JobDefinitionEntity jobDefinition = context.getJobDefinitionManager()
				.findByProcessDefinitionId(definition.getId())
				.stream()
				.filter(candidate -> NotificationProcess.SERVICE_TASK_SEND_MAIL.equals(candidate.getActivityId()))
				.findFirst()
				.orElseThrow();
			known = new SendMailStep(definition.getId(), definition.getDeploymentId(), jobDefinition);
			model = known;
		}
		return known;
	}

	/** Where a mail job belongs: the latest notification model, and the job definition of its service task. */
	private record SendMailStep(String processDefinitionId, String deploymentId, JobDefinitionEntity jobDefinition) {
	}

}
