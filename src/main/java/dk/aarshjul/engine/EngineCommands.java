package dk.aarshjul.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Work run as an engine command of its own, without the caller's authorizations: what the public
 * API offers only to Camunda's internals.
 */
@Component
public class EngineCommands {

	private final ProcessEngineConfigurationImpl engine;

	EngineCommands(ProcessEngineConfiguration engine) {
		this.engine = (ProcessEngineConfigurationImpl) engine;
	}

	/** In the running command if there is one (else a new one), with no authorization checks. */
	public <T> T withoutAuthorization(Supplier<T> work) {
		return engine.getCommandExecutorTxRequired()
			.execute(context -> context.runWithoutAuthorization((Callable<T>) work::get));
	}

	/**
	 * In a command and transaction of its own, with no authorization checks: one that fails leaves
	 * whatever called it as it was.
	 */
	public <T> T inNewTransaction(Supplier<T> work) {
		return engine.getCommandExecutorTxRequiresNew().execute(context -> {
			context.disableAuthorizationCheck();
			return work.get();
		});
	}

	/**
	 * Does the work on an open task as a listener would have it (with its execution), in a command and
	 * transaction of its own without authorization checks; answers whether the task was still open.
	 */
	public boolean onTaskInNewTransaction(String taskId, Consumer<DelegateTask> work) {
		return engine.getCommandExecutorTxRequiresNew().execute(context -> {
			context.disableAuthorizationCheck();
			TaskEntity task = context.getTaskManager().findTaskById(taskId);
			if (task == null) {
				return false;
			}
			work.accept(task);
			return true;
		});
	}

	/** Reads every open task of a process instance as a listener would have it, by task id. */
	public <R> Map<String, R> readTasksOf(String processInstanceId, Function<DelegateTask, R> reading) {
		return engine.getCommandExecutorTxRequired().execute(context -> {
			Map<String, R> read = new LinkedHashMap<>();
			for (TaskEntity task : context.getTaskManager().findTasksByProcessInstanceId(processInstanceId)) {
				read.put(task.getId(), reading.apply(task));
			}
			return read;
		});
	}

}
