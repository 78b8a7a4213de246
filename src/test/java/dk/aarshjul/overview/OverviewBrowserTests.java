package dk.aarshjul.overview;

import java.util.Map;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.system.Browser;
import dk.aarshjul.system.H2Test;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process owner starts a cycle on Årshjul's page and finds it on the overview; the executive
 * board drafts the plan in Tasklist through its Camunda Form; the overview follows the plan into
 * the next step and then the next phase. Two browsers, as two people at two desks. Screenshots:
 * {@code target/screenshots/overview-process-owner/} and {@code .../overview-board/}.
 */
@H2Test
class OverviewBrowserTests {

	private static final String KEY = "DEMO-STRATEGI-2099";

	private static final By ROW = By.cssSelector("tr[data-key='" + KEY + "']");

	@LocalServerPort
	int port;

	@Autowired
	CycleDriver cycle;

	@Test
	void processOwnerStartsACycleTheBoardDraftsInTasklistAndTheOverviewFollows() throws Exception {
		try (Browser owner = Browser.open("overview-process-owner"); Browser board = Browser.open("overview-board")) {
			owner.signIn(url("/login"), "olivia");
			owner.go(url("/aarshjul/ny?planCode=DEMO-STRATEGI&year=2099"));
			owner.waitFor(By.id("draftingDeadline"));
			owner.screenshot("start-form");
			owner.click(By.xpath("//button[contains(., 'Start årshjulet')]"));

			owner.waitForText(By.tagName("body"), "Årshjulet " + KEY + " er startet.");
			owner.waitFor(ROW);
			owner.screenshot("overview-started");
			assertThat(owner.text(ROW)).contains("Udkast").contains("Udarbejd udkast").contains("Koncerndirektionen");

			// Tasklist sends her to Årshjul's sign-in, and back to Tasklist after it
			board.signIn(url("/camunda/app/tasklist/default/"), "karen");
			board.click(By.xpath("//*[contains(@class,'task-filter')]//*[contains(text(),'Min enheds opgaver')]"));
			// the overview's link to the task, as she would follow it: the shared Tasklist holds
			// other tests' drafts too, and this year's need not be on the list's first page
			String draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, KEY).getId();
			board.go(url("/camunda/app/tasklist/default/#/?task=" + draft));
			board.waitForText(By.tagName("body"), "2099");
			board.click(By.xpath("//button[contains(., 'Tag opgaven')]"));
			board.waitFor(By.id("area-1-title"));
			board.screenshot("drafting-form");
			board.click(By.xpath("//button[contains(., 'Afslut opgaven')]"));
			// karen is in the management group too, but whoever drafted does not comment (four eyes)
			board.waitUntilGone(By.xpath("//button[contains(., 'Afslut opgaven')]"));
			assertThat(cycle.sees("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, KEY)).as("the draft is handed in").isFalse();
			assertThat(board.pageText()).doesNotContain("Kommentér udkastet");
			board.screenshot("drafting-completed");

			owner.go(url("/oversigt"));
			owner.waitFor(ROW);
			assertThat(owner.text(ROW)).contains("Kommentér udkastet").contains("Koncernledelsen")
				.doesNotContain("Udarbejd udkast –");
			owner.screenshot("overview-next-step");

			cycle.complete("anders", DraftingProcess.USER_TASK_COMMENT_DRAFT, KEY,
					Map.of("managementComment", "Fint."));
			cycle.complete("karen", DraftingProcess.USER_TASK_MARK_DRAFT_READY, KEY, DraftingProcess.Variables.READY.with(true));
			owner.go(url("/oversigt"));
			owner.waitFor(ROW);
			assertThat(owner.text(ROW)).contains("Høring i MED").contains("Afgiv høringssvar");
			owner.screenshot("overview-next-phase");
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
