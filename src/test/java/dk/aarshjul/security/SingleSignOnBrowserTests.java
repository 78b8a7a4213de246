package dk.aarshjul.security;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.system.Browser;
import dk.aarshjul.system.H2Test;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mode local, in real (headless) Chromium: the process owner signs in once, on Årshjul's page,
 * follows the link from her plan's page into Cockpit and lands on the instance — no second
 * login — opens Tasklist the same way, and signs out in Tasklist, which signs her out of Årshjul
 * too. Screenshots: {@code target/screenshots/single-sign-on-local/}.
 */
@H2Test
class SingleSignOnBrowserTests {

	private static final String KEY = "DEMO-STRATEGI-2057";

	@LocalServerPort
	int port;

	@Autowired
	CycleDriver cycle;

	@Test
	void oneSignInOpensCockpitAndTasklistAndOneSignOutEndsThemAll() throws Exception {
		cycle.start("olivia", CycleDriver.calendar("DEMO-STRATEGI", 2057));

		try (Browser owner = Browser.open("single-sign-on-local")) {
			owner.signIn(url("/login"), "olivia");
			owner.go(url("/aarshjul/" + KEY));
			owner.click(By.xpath("//main//a[contains(@href, '/camunda/app/cockpit/default/#/process-instance/')]"));

			owner.waitForText(By.tagName("body"), KEY);
			owner.screenshot("cockpit-instance");
			assertThat(owner.currentUrl()).contains("/camunda/app/cockpit/default/#/process-instance/");
			assertThat(owner.findAll(By.cssSelector("input[ng-model='password']"))).as("no login of Cockpit's own")
				.isEmpty();

			owner.go(url("/camunda/app/tasklist/default/"));
			owner.waitForText(By.tagName("body"), "Mine opgaver");
			owner.screenshot("tasklist");
			assertThat(owner.findAll(By.cssSelector("input[ng-model='password']"))).as("no login of Tasklist's own")
				.isEmpty();

			owner.click(By.cssSelector("li.account > a"));
			owner.click(By.cssSelector("li.logout a"));
			owner.waitForText(By.tagName("body"), "Du er logget ud.");
			owner.screenshot("signed-out");
			assertThat(owner.currentUrl()).endsWith("/login?logout");

			owner.go(url("/oversigt"));
			owner.waitFor(By.id("password"));
			owner.go(url("/camunda/app/cockpit/default/"));
			owner.waitFor(By.id("password"));
			assertThat(owner.currentUrl()).as("Cockpit sends her to Årshjul's sign-in").contains("/login");
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
