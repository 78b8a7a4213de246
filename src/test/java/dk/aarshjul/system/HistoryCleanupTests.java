package dk.aarshjul.system;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * History does not grow for ever: the engine runs Camunda's history cleanup at night, by removal
 * time, and an instance that ended longer ago than its model's time to live is gone after it ran.
 */
@H2Test
class HistoryCleanupTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	private String deployment;

	@AfterEach
	void tidyUp() {
		ClockUtil.reset();
		if (deployment != null) {
			repository.deleteDeployment(deployment, true);
		}
	}

	@Test
	void cleanupIsConfiguredForTheNightByRemovalTimeAndItsJobIsScheduled() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();
		assertThat(configuration.isHistoryCleanupEnabled()).isTrue();
		assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00+0100");
		assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0100");
		assertThat(configuration.getHistoryCleanupBatchSize()).isEqualTo(500);
		assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
		assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
		assertThat(configuration.getHistoryCleanupJobLogTimeToLive()).isEqualTo("P180D");
		assertThat(configuration.isEnforceHistoryTimeToLive()).isTrue();
		assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();
		assertThat(configuration.isEnsureJobDueDateNotNull()).isTrue();

		List<Job> cleanup = history.findHistoryCleanupJobs();
		assertThat(cleanup).as("the engine scheduled its cleanup job").isNotEmpty();
		assertThat(cleanup).allSatisfy(job -> assertThat(job.getDuedate()).isNotNull());
		assertThat(repository.createProcessDefinitionQuery().list())
			.allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isNotNull());
	}

	@Test
	void anInstanceThatEndedLongerAgoThanItsTimeToLiveIsRemovedWhenCleanupRuns() {
		// ten user tasks and a day's time to live
		deployment = repository.createDeployment().addClasspathResource("bench/bare-user-tasks.bpmn").deploy().getId();
		String ended = runtime.startProcessInstanceByKey("bareUserTasks").getId();
		Task task;
		while ((task = tasks.createTaskQuery().processInstanceId(ended).singleResult()) != null) {
			tasks.complete(task.getId());
		}
		String running = runtime.startProcessInstanceByKey("bareUserTasks").getId();
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(ended).finished().count()).isOne();

		ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(2))));
		Job cleanup = history.cleanUpHistoryAsync(true);
		management.executeJob(cleanup.getId());

		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(ended).count())
			.as("ended two days ago, time to live one day").isZero();
		assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(ended).count()).isZero();
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(running).count())
			.as("a running instance's history stays").isOne();
	}

}
