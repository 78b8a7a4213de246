package dk.aarshjul.publication;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import dk.aarshjul.approval.DecisionOutcome;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.system.Browser;
import dk.aarshjul.system.H2Test;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process owner publishes a plan: the plan's button asks first, on a page that says what citizens
 * will see, at a desk and on a phone; the audit trail records it in words; and the administrator
 * reads on Drift that mails only go to the log. Screenshots: {@code target/screenshots/publish-confirm/} and {@code .../operations/}.
 */
@H2Test
class PublishConfirmBrowserTests {

	private static final String KEY = "PUBLISH-CONFIRM-2058";

	@LocalServerPort
	int port;

	@Autowired
	CycleDriver cycle;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	PlanPublicationRepository publications;

	@Test
	void publishingAsksFirstAndTheAdministratorSeesWhatIsMissing() throws Exception {
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "PUBLISH-CONFIRM", "municipality": "Demo Kommune", "title": "Sammen om velfærden",
				  "introduction": "Planen for året.", "year": 2058, "kind": "ADMINISTRATIVE_STRATEGY",
				  "periodFrom": "2058-01-01", "periodTo": "2058-12-31", "focusAreas": [
				    { "title": "Børn og unges trivsel", "strategy": "Vi styrker trivslen.", "goals": [
				      { "description": "Færre elever føler sig ensomme", "measure": "Trivselsmålingen", "target": "Under 5 %", "dueDate": "2058-12-31" } ] },
				    { "title": "Grøn omstilling", "goals": [ { "description": "Kommunens biler kører på strøm", "target": "Alle" } ] } ] }
				""".getBytes(StandardCharsets.UTF_8)));
		cycle.start("olivia", CycleDriver.calendar("PUBLISH-CONFIRM", 2058));
		cycle.throughConsultation(KEY);
		cycle.decide("svend", KEY, DecisionOutcome.APPROVED, null);

		try (Browser owner = Browser.open("publish-confirm"); Browser admin = Browser.open("operations")) {
			owner.signIn(url("/login"), "olivia");
			owner.go(url("/aarshjul/" + KEY));
			owner.click(By.xpath("//button[contains(., 'Offentliggør planen')]"));
			owner.waitForText(By.tagName("h1"), "Offentliggør planen?");
			assertThat(owner.pageText()).contains("Det ser borgerne").contains("Det ser borgerne ikke")
				.contains("Trivselsmålingen").contains("31.12.2058").contains("/offentlig/" + KEY);
			assertThat(publications.findByBusinessKey(KEY).orElseThrow().isPublished()).as("asking publishes nothing").isFalse();
			owner.screenshot("confirm-desk");
			owner.resize(390, 844);
			owner.screenshot("confirm-phone");
			owner.resize(1400, 1000);
			owner.click(By.xpath("//button[contains(., 'Ja, offentliggør planen')]"));
			owner.waitForText(By.tagName("body"), "Planen er offentliggjort.");
			owner.screenshot("published");
			assertThat(publications.findByBusinessKey(KEY).orElseThrow().isPublished()).isTrue();
			// the record of it, in words: names, the committee's Danish name, the outcome in Danish
			owner.script("document.getElementById('audit-heading').scrollIntoView()");
			assertThat(owner.text(By.cssSelector("table.audit"))).contains("Olivia")
				.contains("Økonomiudvalget: godkendt").contains("Planen offentliggjort på den offentlige side")
				.doesNotContain("oekonomiudvalg").doesNotContain("APPROVED").doesNotContain("olivia");
			owner.screenshot("audit-trail");

			admin.signIn(url("/login"), "admin");
			admin.go(url("/oversigt"));
			admin.click(By.linkText("Drift"));
			admin.waitForText(By.tagName("h1"), "Drift");
			assertThat(admin.pageText()).contains("Der er ingen mailserver sat op").contains("Demoprofilen er slået til");
			admin.screenshot("operations-desk");
			admin.resize(390, 844);
			admin.screenshot("operations-phone");
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
