package dk.aarshjul.system;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.mockito.Mockito;
import org.mockito.invocation.InvocationOnMock;

/**
 * One process on a plain in-memory engine of its own, without Spring: the process tests beside
 * each phase deploy their model alone, register their beans as Mockito mocks with
 * {@code Mocks.register} (the engine resolves {@code ${beanName}} against them) and must cover
 * every flow node and sequence flow of their model from their own test class.
 */
public final class ProcessAlone {

	/** A due date a month from now: no reminder or escalation falls due while a test runs. */
	public static final Date IN_A_MONTH = Date.from(Instant.now().plus(30, ChronoUnit.DAYS));

	private ProcessAlone() {
	}

	/**
	 * An engine named for the test's process, with full history (what coverage reads) and no job
	 * executor (tests execute timers and asynchronous steps themselves). Called processes are
	 * replaced by stubs, which the coverage leaves out.
	 */
	public static ProcessEngineCoverageExtension engine(String processKey, String... stubbedProcessKeys) {
		ProcessCoverageInMemProcessEngineConfiguration configuration = new ProcessCoverageInMemProcessEngineConfiguration();
		configuration.setProcessEngineName("alone-" + processKey);
		configuration.setJdbcUrl("jdbc:h2:mem:alone-" + processKey + ";DB_CLOSE_DELAY=-1");
		configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
		configuration.setJobExecutorActivate(false);
		configuration.setExpressionManager(new MockExpressionManager());
		return ProcessEngineCoverageExtension.builder(configuration)
			.assertClassCoverageAtLeast(1.0)
			.excludeProcessDefinitionKeys(stubbedProcessKeys)
			.build();
	}

	/**
	 * A called process stood in for by one user task, {@link #stubTask(String)}: the test decides
	 * when it ends and with which variables.
	 */
	public static BpmnModelInstance stub(String processKey) {
		return Bpmn.createExecutableProcess(processKey)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask(stubTask(processKey))
			.endEvent()
			.done();
	}

	public static String stubTask(String processKey) {
		return "stub_" + processKey;
	}

	/** A mock of the cycle calendar or the deadlines: every date it is asked for is {@link #IN_A_MONTH}. */
	public static <T> T datesInAMonth(Class<T> type) {
		return Mockito.mock(type, ProcessAlone::aMonthForDates);
	}

	private static Object aMonthForDates(InvocationOnMock invocation) throws Throwable {
		Method method = invocation.getMethod();
		return method.getReturnType() == Date.class ? IN_A_MONTH : Mockito.RETURNS_DEFAULTS.answer(invocation);
	}

	/**
	 * camunda-bpm-assert's static helpers ({@code task()}, {@code runtimeService()}) work on this
	 * test's engine, not on another test class's or a Spring context's.
	 */
	public static void useEngineOf(ProcessEngineCoverageExtension engine) {
		BpmnAwareTests.init(engine.getProcessEngine());
	}

	/** Forgets the mocked beans and the engine after a test. */
	public static void forget() {
		Mocks.reset();
		BpmnAwareTests.reset();
	}

}
