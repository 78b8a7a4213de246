package dk.aarshjul.security;

import dk.aarshjul.AarshjulApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A production start — no demo profile — without AARSHJUL_ADMIN_PASSWORD on a database that has
 * no administrator yet would leave nobody able to manage Årshjul: it stops, and says in Danish
 * which setting to set — before the web server has opened its port, which is also when the
 * administrator is made when the setting is there.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoAdministratorStartTests {

	@Test
	void aStartWithoutAnyAdministratorIsRefusedNamingTheSetting(CapturedOutput output) {
		Throwable refused = catchThrowable(() -> new SpringApplicationBuilder(AarshjulApplication.class)
			.profiles("test")
			.run("--server.port=0", "--aarshjul.admin.password=",
					// a name of its own, so this engine leaves the test contexts' "default" alone
					"--camunda.bpm.process-engine-name=no-administrator"));

		assertThat(refused).hasRootCauseInstanceOf(NoAdministratorException.class);
		FailureAnalysis analysis = new NoAdministratorFailureAnalyzer().analyze(refused);
		assertThat(analysis.getDescription()).startsWith("Årshjul starter ikke: ingen administrator vil kunne logge ind.")
			.contains("AARSHJUL_ADMIN_PASSWORD er ikke sat");
		assertThat(analysis.getAction()).startsWith("Sæt AARSHJUL_ADMIN_PASSWORD");
		assertThat(output.getAll()).as("the start-up failure report")
			.contains("APPLICATION FAILED TO START")
			.contains(analysis.getDescription())
			.contains(analysis.getAction())
			// the administrator is looked for, and made, before the web server takes requests
			.doesNotContain("Tomcat started on port");
	}

}
