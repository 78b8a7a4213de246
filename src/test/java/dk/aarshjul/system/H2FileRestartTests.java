package dk.aarshjul.system;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dk.aarshjul.AarshjulApplication;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The default H2 database is a file: what was saved before a restart is there after it. */
class H2FileRestartTests {

	@TempDir
	Path dataDir;

	@Test
	void restartKeepsPlansAndUsers() {
		try (ConfigurableApplicationContext first = start()) {
			first.getBean(PlanTransfer.class).importJson(new ByteArrayInputStream("""
					{ "code": "GENSTART", "municipality": "Demo Kommune", "title": "Overlever en genstart",
					  "year": 2027, "kind": "ANNUAL_AGREEMENT", "periodFrom": "2027-01-01",
					  "focusAreas": [ { "title": "Vedholdenhed" } ] }
					""".getBytes(StandardCharsets.UTF_8)));
		}

		try (ConfigurableApplicationContext second = start()) {
			StrategyPlanRepository plans = second.getBean(StrategyPlanRepository.class);
			assertThat(plans.findByCodeAndYear("GENSTART", 2027)).isPresent();
			assertThat(plans.count()).as("the demo plan is not imported twice").isEqualTo(2);
			assertThat(second.getBean(IdentityService.class).checkPassword("karen", "demo")).isTrue();
		}
	}

	private ConfigurableApplicationContext start() {
		// Command-line arguments, because they outrank application.yml's own H2 file under ./data.
		return new SpringApplicationBuilder(AarshjulApplication.class).profiles("demo")
			.run("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
					// a name of its own, so closing this engine leaves the test contexts' "default" alone
					"--camunda.bpm.process-engine-name=restart",
					"--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("aarshjul").toAbsolutePath());
	}

}
