package dk.aarshjul.engine;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A failed job's incident comes and goes as in plain Camunda although the look-up for it is
 * skipped for jobs with retries left.
 */
class IncidentsOnlyOfFailedJobsTests {

	private static ProcessEngine engine;

	/** Fails while {@code failing} is true. */
	public static class Step {

		volatile boolean failing = true;

		public void run() {
			if (failing) {
				throw new IllegalStateException("the step fails");
			}
		}

	}

	private static final Step step = new Step();

	@BeforeAll
	static void startEngine() {
		ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
		configuration.setProcessEngineName("incidents-only-of-failed-jobs");
		configuration.setJdbcUrl("jdbc:h2:mem:incidents-only-of-failed-jobs;DB_CLOSE_DELAY=-1");
		configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
		configuration.setJobExecutorActivate(false);
		configuration.setBeans(Map.of("step", step));
		configuration.setProcessEnginePlugins(List.of(new IncidentsOnlyOfFailedJobs()));
		engine = configuration.buildProcessEngine();
		engine.getRepositoryService()
			.createDeployment()
			.addModelInstance("step.bpmn", Bpmn.createExecutableProcess("step")
				.camundaHistoryTimeToLive(1)
				.startEvent()
				.serviceTask("serviceTask_step")
				.camundaAsyncBefore()
				.camundaFailedJobRetryTimeCycle("R1/PT0S")
				.camundaExpression("${step.run()}")
				.userTask("userTask_after")
				.endEvent()
				.done())
			.deploy();
	}

	@AfterAll
	static void closeEngine() {
		engine.close();
	}

	@Test
	void aJobOutOfRetriesRaisesAnIncidentThatRetriesGivenBackResolve() {
		step.failing = true;
		String instance = engine.getRuntimeService().startProcessInstanceByKey("step").getId();
		Job job = failOnce(instance);
		assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).count()).isOne();

		step.failing = false;
		engine.getManagementService().setJobRetries(job.getId(), 1);

		assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).count()).isZero();
		assertThat(engine.getHistoryService().createHistoricIncidentQuery().processInstanceId(instance).singleResult())
			.extracting(HistoricIncident::isResolved)
			.isEqualTo(true);
		engine.getManagementService().executeJob(job.getId());
		assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).count()).isOne();
	}

	@Test
	void deletingAJobOutOfRetriesDeletesItsIncident() {
		step.failing = true;
		String instance = engine.getRuntimeService().startProcessInstanceByKey("step").getId();
		failOnce(instance);

		engine.getRuntimeService().deleteProcessInstance(instance, "test");

		assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).count()).isZero();
		assertThat(engine.getHistoryService().createHistoricIncidentQuery().processInstanceId(instance).singleResult())
			.extracting(HistoricIncident::isDeleted)
			.isEqualTo(true);
	}

	@Test
	void aJobWithRetriesLeftIsDeletedWithoutAnIncident() {
		step.failing = true;
		String instance = engine.getRuntimeService().startProcessInstanceByKey("step").getId();

		engine.getRuntimeService().deleteProcessInstance(instance, "test");

		assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance).count()).isZero();
		assertThat(engine.getHistoryService().createHistoricIncidentQuery().processInstanceId(instance).count()).isZero();
	}

	/** R1: the first failure leaves no retries. */
	private static Job failOnce(String instance) {
		Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
		assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
			.hasMessageContaining("the step fails");
		return engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
	}

}
