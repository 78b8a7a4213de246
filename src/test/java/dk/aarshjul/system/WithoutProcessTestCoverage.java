package dk.aarshjul.system;

import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.community.process_test_coverage.engine.platform7.ElementCoverageParseListener;

/**
 * For the benchmarks: the engine as it runs in production. {@link PostgresTest} and {@link H2Test}
 * add the process tests' coverage listener to every model, which on every element an instance
 * passes reads the process definition (with its authorization check); a benchmark measuring that
 * would measure the test tool. It is taken out of the BPMN parser again before the models are
 * deployed, so no model carries it. Camunda gives the deployment cache, which parses every model
 * deployed or loaded, BPMN deployers of its own; only since {@code engine.JobDefinitionsBeforeCaching}
 * hands it the configuration's deployers does taking the listener out here reach the models (before,
 * the benchmarks' first node still carried it).
 */
public class WithoutProcessTestCoverage extends AbstractProcessEnginePlugin {

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		configuration.getDeployers()
			.stream()
			.filter(BpmnDeployer.class::isInstance)
			.map(BpmnDeployer.class::cast)
			.forEach(deployer -> deployer.getBpmnParser()
				.getParseListeners()
				.removeIf(ElementCoverageParseListener.class::isInstance));
	}

}
