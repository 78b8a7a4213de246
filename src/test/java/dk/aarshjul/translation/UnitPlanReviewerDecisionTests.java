package dk.aarshjul.translation;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** bpmn/unit-plan-reviewer.dmn: who reviews a unit's plan, by the kind of unit. */
class UnitPlanReviewerDecisionTests {

	private static final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "kerneomraade, koncernledelse", "center, koncernledelse", "stab, koncernledelse",
			"afdeling, overordnet-chef" })
	void reviewerFollowsTheKindOfUnit(String unitKind, String reviewerRole) throws IOException {
		String decided = dmn.evaluateDecisionTable(decision(), UnitTranslationProcess.Variables.KIND.with(unitKind))
			.getSingleEntry();

		assertThat(decided).isEqualTo(reviewerRole);
	}

	private static DmnDecision decision() throws IOException {
		try (InputStream in = new FileInputStream("bpmn/unit-plan-reviewer.dmn")) {
			return dmn.parseDecision("unitPlanReviewer", in);
		}
	}

}
