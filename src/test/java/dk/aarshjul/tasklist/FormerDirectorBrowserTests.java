package dk.aarshjul.tasklist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.organisation.ExecutiveBoard;
import dk.aarshjul.plan.FocusArea;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.system.Browser;
import dk.aarshjul.system.H2Test;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan imported with a responsible director who is not on the executive board is kept as it is;
 * the draft form shows that person by name, marked "ikke i direktionen", with a hint to choose a
 * board member, instead of an empty select. Screenshots:
 * {@code target/screenshots/former-director/}.
 */
@H2Test
class FormerDirectorBrowserTests {

	private static final String PLAN = "TIDLIGERE-DIREKTOER";

	private static final int YEAR = 2058;

	private static final String KEY = PLAN + "-" + YEAR;

	private static final String AXE = "classpath*:META-INF/resources/webjars/axe-core/*/axe.min.js";

	/** A user in the organisation file who is not on the executive board. */
	private static final String NOT_ON_BOARD = "olivia";

	@LocalServerPort
	int port;

	@Autowired
	CycleDriver cycle;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	ExecutiveBoard board;

	@Autowired
	TaskService tasks;

	@Autowired
	StrategyPlanRepository plans;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theDraftFormShowsTheImportedDirectorByNameAndAsksForABoardMember() throws Exception {
		assertThat(board.isMember(NOT_ON_BOARD)).isFalse();
		String formerName = board.nameOf(NOT_ON_BOARD);
		String member = board.members().get(0).name();
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "%s", "municipality": "Demo Kommune", "title": "Importeret plan",
				  "year": %d, "kind": "ADMINISTRATIVE_STRATEGY", "periodFrom": "%d-01-01",
				  "focusAreas": [ { "title": "Trivsel", "responsibleDirector": "%s", "goals": [] },
				                  { "title": "Grøn omstilling", "responsibleDirector": "karen", "goals": [] } ] }
				""".formatted(PLAN, YEAR, YEAR, NOT_ON_BOARD).getBytes(StandardCharsets.UTF_8)));
		cycle.start("olivia", CycleDriver.calendar(PLAN, YEAR));
		Task draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, KEY);

		try (Browser browser = Browser.open("former-director")) {
			browser.signInToTasklist(url(""), "karen");
			browser.openAndClaimInTasklist(url(""), draft.getId());

			Select first = new Select(browser.waitFor(By.id("area-1-director")));
			assertThat(first.getFirstSelectedOption().getText()).as("the imported director, named and marked")
				.isEqualTo(formerName + " (ikke i direktionen)");
			assertThat(browser.text(By.id("area-1-director-hint")))
				.isEqualTo(formerName + " er ikke medlem af direktionen. Vælg et medlem af direktionen som ansvarlig direktør.");
			assertThat(browser.waitFor(By.id("area-1-director")).getAttribute("aria-describedby"))
				.isEqualTo("area-1-director-hint");
			Select second = new Select(browser.waitFor(By.id("area-2-director")));
			assertThat(second.getFirstSelectedOption().getText()).isEqualTo(board.nameOf("karen"));
			assertThat(second.getOptions()).extracting(option -> option.getText())
				.as("a board member's area is offered only the board").doesNotContain(formerName + " (ikke i direktionen)");
			assertThat(browser.script("return document.getElementById('area-2-director-hint');")).isNull();
			for (int width : new int[] { 1400, 320 }) {
				browser.resize(width, 1000);
				browser.script("document.getElementById('area-1').scrollIntoView({block: 'start'});");
				browser.screenshot("imported-director-" + width);
				assertThat(violations(browser, "form[name=draftPlanForm]")).as("axe at %d px", width).isEmpty();
			}
			browser.resize(1400, 1000);

			first.selectByVisibleText(member);
			assertThat(browser.script("return document.getElementById('area-1-director-hint');"))
				.as("the hint goes once a board member is chosen").isNull();
			browser.screenshot("board-member-chosen-1400");
			browser.click(By.xpath("//button[contains(., 'Afslut opgaven')]"));
			long deadline = System.currentTimeMillis() + 20_000;
			while (tasks.createTaskQuery().taskId(draft.getId()).count() > 0 && System.currentTimeMillis() < deadline) {
				Thread.sleep(200);
			}
			assertThat(tasks.createTaskQuery().taskId(draft.getId()).count()).as("the draft was handed in").isZero();
		}
		String chosen = board.members().get(0).id();
		transaction.executeWithoutResult(status -> assertThat(plans.findById(planId()).orElseThrow().getFocusAreas())
			.extracting(FocusArea::getResponsibleDirector)
			.containsExactly(chosen, "karen"));
	}

	private Long planId() {
		return jdbc.queryForObject("select plan_id from strategy_cycle where business_key = ?", Long.class, KEY);
	}

	@SuppressWarnings("unchecked")
	private List<String> violations(Browser browser, String within) throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver().getResources(AXE);
		try (InputStream source = found[0].getInputStream()) {
			browser.script(new String(source.readAllBytes(), StandardCharsets.UTF_8));
		}
		return (List<String>) browser.asyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document.querySelector(arguments[0]),
				    { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(result => done(result.violations.map(v =>
				    v.id + ' (' + v.help + '): ' + v.nodes.map(node => node.target.join(' ')).join(', '))))
				  .catch(error => done(['axe failed: ' + error]));
				""", within);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
