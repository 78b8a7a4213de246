package dk.aarshjul.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Every test context runs an engine named "default", which the engine REST API and the webapps
 * look up by name in a JVM-wide registry. Before each test, the engine of the context under test
 * is made the registered one again, so a context started or closed meanwhile cannot hide it.
 */
public class DefaultEngineRegistration implements TestExecutionListener {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		ProcessEngines.registerProcessEngine(testContext.getApplicationContext().getBean(ProcessEngine.class));
	}

}
