package dk.aarshjul.organisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outside the demo profile no organisation file is named by default: the start loads nothing,
 * touches nothing (no tables, no identity, no event) and says so in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class OrganisationWithoutFileTests {

	@Test
	void withoutAFileNothingIsLoadedAndTheLogSaysSo(CapturedOutput output) {
		// no tables, identity or events to touch: a load would fail on them
		OrganisationLoader loader = new OrganisationLoader(null, null, new OrganisationProperties(null, null), null);

		assertThat(loader.loadConfiguredFile()).isEmpty();
		assertThat(output.getAll()).contains("No organisation file is configured")
			.contains("Ingen organisationsfil er angivet");
	}

}
