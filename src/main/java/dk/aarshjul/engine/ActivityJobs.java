package dk.aarshjul.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Queues the jobs of the {@link ActivityJob} kinds, in the transaction of whoever queues them: no
 * process instance, execution or variable per job. Their handlers are registered as the engine is
 * built, and their failures retried by the cycle of the activity they belong to
 * ({@link ActivityJobRetry}).
 */
@Component
public class ActivityJobs extends AbstractProcessEnginePlugin {

	private final Map<String, ActivityJob> kinds;

	// by type: the latest model of the kind when its first job was queued
	private final Map<String, Step> steps = new ConcurrentHashMap<>();

	private ProcessEngineConfigurationImpl engine;

	ActivityJobs(List<ActivityJob> kinds) {
		this.kinds = kinds.stream().collect(Collectors.toUnmodifiableMap(ActivityJob::type, Function.identity()));
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		@SuppressWarnings("rawtypes")
		List<JobHandler> handlers = configuration.getCustomJobHandlers() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomJobHandlers());
		kinds.values().forEach(kind -> handlers.add(new Handler(kind)));
		configuration.setCustomJobHandlers(handlers);
		this.engine = configuration;
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		// after the starter's preInit, which sets Camunda's own factory
		configuration.setFailedJobCommandFactory(ActivityJobRetry.factory(kinds));
	}

	/** Queues a job of this kind; it runs once the surrounding transaction has committed. */
	public void queue(String type, String configuration) {
		ActivityJob kind = kinds.get(type);
		if (kind == null) {
			throw new IllegalArgumentException("No kind of job " + type);
		}
		CommandContext context = Context.getCommandContext();
		if (context != null) {
			queue(context, kind, configuration);
		}
		else {
			engine.getCommandExecutorTxRequired().execute(command -> {
				queue(command, kind, configuration);
				return null;
			});
		}
	}

	private void queue(CommandContext context, ActivityJob kind, String configuration) {
		Step step = steps.computeIfAbsent(kind.type(), type -> step(context, kind));
		MessageEntity job = new MessageEntity();
		job.setJobHandlerType(kind.type());
		job.setJobHandlerConfigurationRaw(configuration);
		// due now: with ensureJobDueDateNotNull the executor acquires only jobs with a due date
		job.setDuedate(ClockUtil.getCurrentTime());
		job.setProcessDefinitionId(step.processDefinitionId());
		job.setProcessDefinitionKey(kind.processKey());
		job.setDeploymentId(step.deploymentId());
		// the job's activity, and so its incident's, is its job definition's. Given as the definition
		// itself, not its id, so that the job's log does not read it again for every job (its type and
		// configuration never change)
		job.setJobDefinition(step.jobDefinition());
		context.getJobManager().send(job);
	}

	private static Step step(CommandContext context, ActivityJob kind) {
		ProcessDefinitionEntity definition = context.getProcessEngineConfiguration()
			.getDeploymentCache()
			.findDeployedLatestProcessDefinitionByKey(kind.processKey());
		JobDefinitionEntity jobDefinition = context.getJobDefinitionManager()
			.findByProcessDefinitionId(definition.getId())
			.stream()
			.filter(candidate -> kind.activityId().equals(candidate.getActivityId()))
			.findFirst()
			.orElseThrow();
		return new Step(definition.getId(), definition.getDeploymentId(), jobDefinition);
	}

	/** Where a job belongs: the model, and the job definition of its activity. */
	private record Step(String processDefinitionId, String deploymentId, JobDefinitionEntity jobDefinition) {
	}

	private static final class Handler implements JobHandler<Handler.Configuration> {

		private final ActivityJob kind;

		Handler(ActivityJob kind) {
			this.kind = kind;
		}

		@Override
		public String getType() {
			return kind.type();
		}

		@Override
		public void execute(Configuration configuration, ExecutionEntity execution, CommandContext commandContext,
				String tenantId) {
			kind.run(configuration.value());
		}

		@Override
		public Configuration newConfiguration(String canonicalString) {
			return new Configuration(canonicalString);
		}

		@Override
		public void onDelete(Configuration configuration, JobEntity jobEntity) {
			// what the job did (or was to do) is the kind's own record
		}

		record Configuration(String value) implements JobHandlerConfiguration {

			@Override
			public String toCanonicalString() {
				return value;
			}

		}

	}

}
