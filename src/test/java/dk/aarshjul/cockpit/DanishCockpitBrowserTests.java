package dk.aarshjul.cockpit;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.system.Browser;
import dk.aarshjul.system.H2Test;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process owner's and the administrator's webapps in a Danish Chromium: Cockpit's process list
 * and Admin's list of users speak Danish, and neither shows Camunda's "migrate to Camunda 8"
 * banner. Screenshots at 1400 and 390 px: {@code target/screenshots/cockpit-danish/} and {@code admin-danish/}.
 */
@H2Test
class DanishCockpitBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	CycleDriver cycle;

	@Test
	void cockpitsProcessListAndAdminsUsersAreDanishWithoutTheEndOfLifeBanner() throws Exception {
		cycle.start("olivia", CycleDriver.calendar("DEMO-STRATEGI", 2019));

		try (Browser owner = Browser.open("cockpit-danish")) {
			owner.signIn(url("/camunda/app/cockpit/default/"), "olivia");

			owner.go(url("/camunda/app/cockpit/default/#/processes"));
			owner.waitForColdLoadText("procesdefinitioner udrullet");
			owner.waitForText(By.tagName("body"), "Årshjul – strategiplanens år");
			String processes = owner.pageText();
			assertThat(processes).contains("Processer", "Kørende instanser", "Navn")
				.doesNotContain("process definitions deployed", "Running Instances", "migrate to Camunda 8",
						"Camunda 7 CE");
			assertThat(owner.findAll(By.cssSelector(".ce-eol-banner")).stream().filter(banner -> banner.isDisplayed()))
				.as("the end-of-life banner").isEmpty();
			shots(owner, "process-list");
		}
		try (Browser administrator = Browser.open("admin-danish")) {
			administrator.signIn(url("/camunda/app/admin/default/"), "admin");

			administrator.go(url("/camunda/app/admin/default/#/users"));
			// Admin's first load in a JVM (its scripts and 3,000 Danish texts) can outlast one wait on a busy machine
			administrator.waitForColdLoadText("Liste over brugere");
			// the heading comes before the list, which Admin fetches after it ("Henter …")
			administrator.waitForText(By.tagName("body"), "Olivia");
			assertThat(administrator.pageText()).contains("Brugere", "Grupper", "Olivia")
				.doesNotContain("List of Users", "migrate to Camunda 8", "Camunda 7 CE");
			shots(administrator, "users");
		}
	}

	private static void shots(Browser browser, String step) throws Exception {
		for (int width : new int[] { 1400, 390 }) {
			browser.resize(width, 900);
			browser.screenshot(step + "-" + width);
		}
		browser.resize(1400, 900);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
