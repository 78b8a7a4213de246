package dk.aarshjul.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.approval.DecisionOutcome;
import dk.aarshjul.approval.PoliticalApprovalProcess;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the log says when a form is refused, when a race is lost and when something really breaks:
 * one WARN line naming task, user and reason for the first two, an ERROR with its stack trace for
 * the last.
 */
@H2Test
class CommandFailureLogTests {

	@Autowired
	TestRestTemplate web;

	@Autowired
	CycleDriver cycle;

	@Autowired
	ProcessEngineConfigurationImpl engine;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	StrategyPlanRepository plans;

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	private final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void captureTheLog() {
		log.start();
		root().addAppender(log);
	}

	@AfterEach
	void stopCapturing() {
		root().detachAppender(log);
	}

	@Test
	void aRefusedFormIsOneWarnLineWithTaskUserAndReason() throws Exception {
		PlanDocument demo = transfer.export(plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId());
		transfer.importDocument(new PlanDocument("LOGGEN", demo.municipality(), demo.title(), demo.introduction(), 2087,
				demo.kind(), demo.periodFrom(), demo.periodTo(), demo.focusAreas()));
		String key = "LOGGEN-2087";
		cycle.start("olivia", CycleDriver.calendar("LOGGEN", 2087));
		cycle.throughConsultation(key);
		Task decision = cycle.taskFor("svend", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, key);

		ResponseEntity<String> answer = submit("svend", decision.getId(),
				PoliticalApprovalProcess.Variables.DECISION.with(DecisionOutcome.SENT_BACK));

		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(events(Level.ERROR)).as("no ERROR for a refused form").isEmpty();
		assertThat(events(Level.WARN)).singleElement().satisfies(line -> {
			assertThat(line.getFormattedMessage()).contains(decision.getId(), "svend",
					"Skriv en begrundelse, når planen godkendes med ændringer eller sendes tilbage.");
			assertThat(line.getThrowableProxy()).as("no stack trace").isNull();
		});

		submit("svend", decision.getId(), PoliticalApprovalProcess.Variables.DECISION.with(DecisionOutcome.APPROVED));
		log.list.clear();
		ResponseEntity<String> tooLate = submit("tove", decision.getId(),
				PoliticalApprovalProcess.Variables.DECISION.with(DecisionOutcome.APPROVED));

		assertThat(tooLate.getStatusCode().value()).isEqualTo(409);
		assertThat(events(Level.ERROR)).as("no ERROR for a lost race").isEmpty();
		assertThat(events(Level.WARN)).singleElement().satisfies(line -> {
			assertThat(line.getFormattedMessage()).contains(decision.getId(), "tove", "completed by svend");
			assertThat(line.getThrowableProxy()).isNull();
		});
	}

	@Test
	void aRealFaultStaysAnErrorWithItsStackTrace() {
		assertThatThrownBy(() -> engine.getCommandExecutorTxRequired().execute(context -> {
			throw new IllegalStateException("The disk is full");
		})).hasMessage("The disk is full");

		assertThat(events(Level.ERROR)).singleElement().satisfies(line -> {
			assertThat(line.getThrowableProxy()).isNotNull();
			assertThat(line.getThrowableProxy().getMessage()).isEqualTo("The disk is full");
		});
	}

	private List<ILoggingEvent> events(Level level) {
		return log.list.stream().filter(event -> event.getLevel() == level).toList();
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

	private ResponseEntity<String> submit(String user, String taskId, Map<String, Object> values) throws Exception {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return web.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + taskId + "/submit-form",
				new HttpEntity<>(json.writeValueAsString(Map.of("variables", variables)), headers), String.class);
	}

}
