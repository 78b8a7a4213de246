package dk.aarshjul.approval;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** bpmn/approving-bodies.dmn: which bodies decide a plan, and in which order. */
class ApprovingBodiesDecisionTests {

	private static final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "ADMINISTRATIVE_STRATEGY, oekonomiudvalg", "ANNUAL_AGREEMENT, oekonomiudvalg",
			"POLITICAL_STRATEGY, oekonomiudvalg byraad" })
	void bodiesDecideInOrder(String planKind, String bodies) throws IOException {
		List<String> decided = dmn.evaluateDecisionTable(decision(), PoliticalApprovalProcess.Variables.KIND.with(planKind))
			.collectEntries(dk.aarshjul.task.CycleVariables.BODY_ID);

		assertThat(decided).containsExactly(bodies.split(" "));
	}

	private static DmnDecision decision() throws IOException {
		try (InputStream in = new FileInputStream("bpmn/approving-bodies.dmn")) {
			return dmn.parseDecision("approvingBodies", in);
		}
	}

}
