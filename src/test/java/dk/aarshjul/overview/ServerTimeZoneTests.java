package dk.aarshjul.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.TimeZone;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.system.H2Test;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every time shown is Copenhagen time whatever the server's time zone: the plan page, the
 * overview, the plan's JSON and the audit export rendered with the JVM's default zone set to UTC
 * and to Europe/Copenhagen are the same.
 */
@H2Test
class ServerTimeZoneTests {

	private static final String KEY = "DEMO-STRATEGI-2087";

	@Autowired
	MockMvc mvc;

	@Autowired
	CycleDriver cycle;

	private final TimeZone serverZone = TimeZone.getDefault();

	@AfterEach
	void restore() {
		TimeZone.setDefault(serverZone);
		cycle.resetClock();
	}

	@Test
	void timesAreTheSameInUtcAndCopenhagen() throws Exception {
		cycle.moveClockTo(LocalDate.of(2026, 12, 1));
		// started once per context: the test may run again in the same JVM
		if (mvc.perform(get("/aarshjul/" + KEY).with(httpBasic("olivia", "demo"))).andReturn().getResponse()
			.getStatus() == 404) {
			cycle.start("olivia", CycleDriver.calendar("DEMO-STRATEGI", 2087));
		}
		List<String> paths = List.of("/aarshjul/" + KEY, "/api/cycles/" + KEY, "/api/cycles/" + KEY + "/audit.csv",
				"/oversigt?year=2087");
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
		List<String> utc = render(paths);
		TimeZone.setDefault(TimeZone.getTimeZone("Europe/Copenhagen"));
		List<String> copenhagen = render(paths);
		for (int i = 0; i < paths.size(); i++) {
			assertThat(utc.get(i)).as(paths.get(i)).isEqualTo(copenhagen.get(i));
		}
	}

	private List<String> render(List<String> paths) throws Exception {
		List<String> pages = new java.util.ArrayList<>();
		for (String path : paths) {
			String body = mvc.perform(get(path).with(httpBasic("olivia", "demo"))).andReturn().getResponse()
				.getContentAsString();
			pages.add(body.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""));
		}
		return pages;
	}

}
