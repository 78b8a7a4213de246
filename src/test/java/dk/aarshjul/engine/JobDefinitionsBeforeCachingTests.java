package dk.aarshjul.engine;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.CacheFactory;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.commons.utils.cache.Cache;
import org.camunda.commons.utils.cache.ConcurrentLruCache;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests reach a model's timer at once on a node whose deployment cache does not hold the
 * model yet: the second finds the model in the cache while the first is still loading it, and
 * both timers are created with their job definition. Loading is held, deterministically, the
 * moment the model is put into the cache, which is when Camunda lets the second request take it.
 */
class JobDefinitionsBeforeCachingTests {

	private static final HeldCaching caching = new HeldCaching();

	private static ProcessEngine engine;

	private static String definitionId;

	@BeforeAll
	static void startEngine() {
		ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
		configuration.setProcessEngineName("job-definitions-before-caching");
		configuration.setJdbcUrl("jdbc:h2:mem:job-definitions-before-caching;DB_CLOSE_DELAY=-1");
		configuration.setJobExecutorActivate(false);
		configuration.setCacheFactory(caching);
		configuration.setProcessEnginePlugins(List.of(new JobDefinitionsBeforeCaching()));
		engine = configuration.buildProcessEngine();
		definitionId = engine.getRepositoryService()
			.createDeployment()
			.addModelInstance("timer.bpmn", Bpmn.createExecutableProcess("timer")
				.camundaHistoryTimeToLive(1)
				.startEvent()
				.intermediateCatchEvent("timerEvent_later")
				.timerWithDuration("PT1H")
				.endEvent()
				.done())
			.deployWithResult()
			.getDeployedProcessDefinitions()
			.get(0)
			.getId();
	}

	@AfterAll
	static void closeEngine() {
		engine.close();
	}

	@Test
	void aTimerEnteredWhileAnotherRequestLoadsItsModelHasItsJobDefinition() throws Exception {
		// as on a node that has not read the model since it started
		((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeploymentCache()
			.discardProcessDefinitionCache();
		caching.holdAt(definitionId);
		CompletableFuture<String> loading = CompletableFuture
			.supplyAsync(() -> engine.getRuntimeService().startProcessInstanceById(definitionId).getId());
		assertThat(caching.cached.await(10, TimeUnit.SECONDS)).as("the first request puts the model into the cache").isTrue();

		String second;
		try {
			second = engine.getRuntimeService().startProcessInstanceById(definitionId).getId();
		}
		finally {
			caching.release.countDown();
		}
		String first = loading.get(10, TimeUnit.SECONDS);

		String jobDefinition = engine.getManagementService()
			.createJobDefinitionQuery()
			.processDefinitionId(definitionId)
			.activityIdIn("timerEvent_later")
			.singleResult()
			.getId();
		for (String instance : Set.of(first, second)) {
			Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance).timers().singleResult();
			assertThat(timer.getJobDefinitionId()).as("the timer of %s", instance).isEqualTo(jobDefinition);
			assertThat(timer.getProcessDefinitionId()).as("the timer of %s", instance).isEqualTo(definitionId);
		}
		assertThat(engine.getManagementService().createJobDefinitionQuery().processDefinitionId(definitionId).list())
			.as("loading the model made no job definition of its own")
			.extracting(JobDefinition::getId)
			.containsExactly(jobDefinition);
	}

	/** Camunda's caches, one of which stops the thread putting a given definition into it until released. */
	private static final class HeldCaching implements CacheFactory {

		final CountDownLatch cached = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		private volatile String heldKey;

		void holdAt(String key) {
			heldKey = key;
		}

		@Override
		public <T> Cache<String, T> createCache(int capacity) {
			return new ConcurrentLruCache<>(capacity) {

				@Override
				public void put(String key, T value) {
					super.put(key, value);
					if (key.equals(heldKey)) {
						heldKey = null;
						cached.countDown();
						try {
							release.await(10, TimeUnit.SECONDS);
						}
						catch (InterruptedException e) {
							Thread.currentThread().interrupt();
						}
					}
				}

			};
		}

	}

}
