package dk.aarshjul.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.core.model.Properties;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.stereotype.Component;

/**
 * Camunda loads a model into a node's deployment cache in two steps: it puts the parsed definition
 * into the cache, and only then gives its timers' and async steps' job declarations the ids of
 * their job definitions (after a query). Only loading is synchronised; a second request reads the
 * cache without waiting, and in between it takes the definition and creates a timer without its
 * job definition. Camunda 7.24 fails that request ("Invalid process definition id:
 * processDefinitionId is null"); before 7.24 the timer was stored without its job definition. It
 * takes a node whose cache does not hold the model yet (just started, or the model deployed by
 * another node) and two requests reaching the model's timer at once, as the first cycles on a
 * second node do.
 * <p>
 * Here a model already deployed gets its job definitions before it is put into the cache. A new
 * deployment keeps Camunda's order: no other transaction finds its definitions before it commits,
 * and its timer start events' jobs look their definition up in the cache.
 */
@Component
class JobDefinitionsBeforeCaching extends AbstractProcessEnginePlugin {

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		// The deployment cache was given deployers of its own, equal to the configuration's; it is
		// the cache's that load and deploy models. Both get the same ones again.
		List<Deployer> deployers = configuration.getDeployers()
			.stream()
			.map(deployer -> deployer.getClass() == BpmnDeployer.class ? new JobDefinitionsFirst((BpmnDeployer) deployer) : deployer)
			.collect(Collectors.toCollection(ArrayList::new));
		configuration.setDeployers(deployers);
		configuration.getDeploymentCache().setDeployers(deployers);
	}

	private static final class JobDefinitionsFirst extends BpmnDeployer {

		JobDefinitionsFirst(BpmnDeployer camunda) {
			setBpmnParser(camunda.getBpmnParser());
			setExpressionManager(camunda.getExpressionManager());
			setIdGenerator(camunda.getIdGenerator());
		}

		@Override
		protected void registerDefinition(DeploymentEntity deployment, ProcessDefinitionEntity definition,
				Properties properties) {
			if (deployment.isNew()) {
				super.registerDefinition(deployment, definition, properties);
				return;
			}
			definitionAddedToDeploymentCache(deployment, definition, properties);
			addDefinitionToDeploymentCache(getDeploymentCache(), definition);
			deployment.addDeployedArtifact(definition);
		}

	}

}
