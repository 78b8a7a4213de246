package dk.aarshjul.overview;

import dk.aarshjul.translation.UnitTranslationProcess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.publication.PublishedIndicatorsDriver;
import dk.aarshjul.publication.PublishedPlanDriver;
import dk.aarshjul.system.Browser;
import dk.aarshjul.system.FailingPages;
import dk.aarshjul.system.H2Test;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Årshjul's pages as Danish public web pages must be: WCAG 2.1 AA as far as Deque's axe-core
 * can tell in a real Chromium (labels, contrast, landmarks, names of links and images), usable
 * at a phone's width without sideways scrolling (reflow), and usable from the keyboard alone;
 * the Danish error pages (403, 500, other 5xx) too.
 * Screenshots: {@code target/screenshots/accessibility/}.
 */
@H2Test
class AccessibilityBrowserTests {

	private static final String KEY = "DEMO-STRATEGI-2048";

	private static final String AXE = "classpath*:META-INF/resources/webjars/axe-core/*/axe.min.js";

	/** A second running plan, so that the overview one plan to a page has its page controls. */
	private static final String SECOND_KEY = "DEMO-STRATEGI-2049";

	private static final String OVERVIEW_PAGE_TWO = "/oversigt?size=1&page=2";

	/**
	 * Every page a process owner uses, with a plan far enough on to fill the plan page, and the
	 * Danish error page of a plan whose cycle has not started; the plan editor, the import page and
	 * a plan's page before its cycle of the year (DEMO-STRATEGI-2100 shows the plan it would carry on).
	 */
	private static final List<String> PAGES = List.of("/mine-opgaver", "/", "/oversigt", OVERVIEW_PAGE_TWO,
			"/oversigt?offTrack=true", "/aarshjul",
			"/aarshjul/ny", "/aarshjul/" + KEY, "/fravaer", "/indstillinger", "/aarshjul/IKKE-STARTET-2099", "/planer/ny",
			"/planer/indlaes", "/aarshjul/DEMO-STRATEGI-2100");

	/** The public pages, seen without signing in: the list and a published plan with noted status. */
	private static final List<String> PUBLIC_PAGES = List.of("/offentlig", "/offentlig/" + PublishedPlanDriver.KEY,
			"/offentlig/DEMO-STRATEGI-1999");

	/** The narrowest width WCAG's reflow criterion asks for. */
	private static final int PHONE_WIDTH = 320;

	@LocalServerPort
	int port;

	@Autowired
	CycleDriver cycle;

	@Autowired
	StrategyCycleRepository cycles;

	@Autowired
	PublishedPlanDriver published;

	@Autowired
	PublishedIndicatorsDriver withIndicators;

	@Autowired
	dk.aarshjul.plan.PlanTransfer transfer;

	@Autowired
	dk.aarshjul.plan.StrategyPlanRepository plans;

	private String axe;

	@BeforeEach
	void planInTranslation() throws IOException {
		if (cycles.findByBusinessKey(KEY).isEmpty()) {
			cycle.untilTranslation("DEMO-STRATEGI", KEY, 2048, List.of("sundhed"));
		}
		if (cycles.findByBusinessKey(SECOND_KEY).isEmpty()) {
			cycle.start("olivia", CycleDriver.calendar("DEMO-STRATEGI", 2049));
		}
		Resource[] found = new PathMatchingResourcePatternResolver().getResources(AXE);
		assertThat(found).as("axe-core on the test class path").hasSize(1);
		try (InputStream source = found[0].getInputStream()) {
			axe = new String(source.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void everyPagePassesAxesWcag21AaRulesOnADeskAndOnAPhone() throws Exception {
		try (Browser browser = Browser.open("accessibility")) {
			browser.go(url("/login"));
			assertThat(violations(browser)).as("login page").isEmpty();
			signIn(browser);
			for (String page : PAGES) {
				for (int width : new int[] { 1400, PHONE_WIDTH }) {
					browser.resize(width, 900);
					browser.go(url(page));
					browser.waitFor(By.tagName("h1"));
					browser.screenshot(name(page) + "-" + width);
					if (page.equals(OVERVIEW_PAGE_TWO)) {
						assertThat(browser.script("return document.querySelectorAll('nav.pager a').length;"))
							.as("the page controls are there to be checked").isNotEqualTo(0L);
					}
					assertThat(violations(browser)).as("%s at %d px", page, width).isEmpty();
					assertThat(sidewaysOverflow(browser)).as("%s at %d px sticks out sideways", page, width).isEmpty();
				}
			}
		}
	}

	/** Indstillinger right after "Lav et nyt link": the long secret addresses must wrap on a phone. */
	@Test
	void theSettingsPageShowingANewCalendarLinkOnADeskAndOnAPhone() throws Exception {
		try (Browser browser = Browser.open("settings")) {
			browser.go(url("/login"));
			signIn(browser);
			for (int width : new int[] { 1400, 390 }) {
				browser.resize(width, 900);
				browser.go(url("/indstillinger"));
				browser.click(By.cssSelector("#kalender button"));
				browser.waitFor(By.cssSelector(".feed-links"));
				browser.screenshot("indstillinger-nyt-link-" + width);
				assertThat(browser.text(By.cssSelector(".feed-links"))).contains("/kalender/", "/mine.ics");
				assertThat(violations(browser)).as("settings at %d px", width).isEmpty();
				assertThat(sidewaysOverflow(browser)).as("settings at %d px sticks out sideways", width).isEmpty();
			}
		}
	}

	@Test
	void thePublicPagesPassAxesWcag21AaRulesOnADeskAndOnAPhoneWithoutSigningIn() throws Exception {
		published.ensurePublished();
		try (Browser browser = Browser.open("accessibility-public")) {
			for (String page : PUBLIC_PAGES) {
				for (int width : new int[] { 1400, PHONE_WIDTH }) {
					browser.resize(width, 900);
					browser.go(url(page));
					browser.waitFor(By.tagName("h1"));
					browser.screenshot(name(page) + "-" + width);
					if ((Boolean) browser.script("return document.querySelector('li.goal') !== null;")) {
						browser.script("document.querySelector('li.goal').scrollIntoView();");
						browser.screenshot(name(page) + "-" + width + "-goals");
					}
					assertThat(browser.script("return document.cookie;")).as("%s sets no cookie", page).isEqualTo("");
					assertThat(browser.script("return document.scripts.length;")).as("%s runs no script", page)
						.isEqualTo(0L);
					assertThat(browser.script(
							"return document.querySelector('footer a[href^=\"https://www.was.digst.dk/\"]') !== null;"))
						.as("%s links to the accessibility statement", page).isEqualTo(true);
					assertThat(violations(browser)).as("%s at %d px", page, width).isEmpty();
					assertThat(sidewaysOverflow(browser)).as("%s at %d px sticks out sideways", page, width).isEmpty();
				}
			}
		}
	}

	/**
	 * A published plan whose goal has an indicator: its chart (an image with a title), the noted values
	 * against the target and the table with the same figures, on a desk, a phone and at reflow's width.
	 */
	@Test
	void thePublicPageWithAnIndicatorsChartPassesAxesWcag21AaRulesOnADeskAndOnAPhone() throws Exception {
		withIndicators.ensure();
		String page = "/offentlig/" + PublishedIndicatorsDriver.KEY;
		try (Browser browser = Browser.open("accessibility-public-indicators")) {
			for (int width : new int[] { 1400, 390, PHONE_WIDTH }) {
				browser.resize(width, 900);
				browser.go(url(page));
				browser.waitFor(By.cssSelector("section.indicator svg[role='img'] title"));
				browser.script("document.querySelector('section.indicator').scrollIntoView();");
				browser.screenshot("offentlig-indikator-" + width);
				browser.script("document.querySelector('table.indicator-values').scrollIntoView();");
				browser.screenshot("offentlig-indikator-" + width + "-tabel");
				assertThat(browser.findAll(By.cssSelector("table.indicator-values tbody tr"))).as("the table alternative")
					.hasSize(3);
				assertThat(browser.script("return document.scripts.length;")).as("the chart needs no script").isEqualTo(0L);
				assertThat(violations(browser)).as("%s at %d px", page, width).isEmpty();
				assertThat(sidewaysOverflow(browser)).as("%s at %d px sticks out sideways", page, width).isEmpty();
			}
		}
	}

	/**
	 * The Danish error pages: 403 as a chief meets it (the start form and Cockpit are for process
	 * owners), 500 and another 5xx from addresses that exist only in tests and fail on purpose.
	 */
	@Test
	void theDanishErrorPagesPassAxesWcag21AaRulesOnADeskAndOnAPhone() throws Exception {
		Map<String, String> chiefs = new LinkedHashMap<>();
		chiefs.put("/aarshjul/ny", "Du har ikke adgang til denne side|Fejlkode 403");
		chiefs.put("/camunda/app/cockpit/default/", "Du har ikke adgang til denne side|Fejlkode 403");
		Map<String, String> owners = new LinkedHashMap<>();
		owners.put(FailingPages.INTERNAL_ERROR, "Der skete en fejl|Fejlkode 500");
		owners.put(FailingPages.UNAVAILABLE, "Der skete en fejl|Fejlkode 503");
		try (Browser chief = Browser.open("accessibility-errors-chief")) {
			chief.go(url("/login"));
			signIn(chief, "anders");
			checkErrorPages(chief, chiefs);
		}
		try (Browser owner = Browser.open("accessibility-errors-owner")) {
			owner.go(url("/login"));
			signIn(owner);
			checkErrorPages(owner, owners);
		}
	}

	/** Each page, with its expected "heading|code line", at 1400 and 320 px. */
	private void checkErrorPages(Browser browser, Map<String, String> pages) throws Exception {
		for (Map.Entry<String, String> page : pages.entrySet()) {
			String[] expected = page.getValue().split("\\|");
			for (int width : new int[] { 1400, PHONE_WIDTH }) {
				browser.resize(width, 900);
				browser.go(url(page.getKey()));
				assertThat(browser.text(By.tagName("h1"))).as(page.getKey()).isEqualTo(expected[0]);
				assertThat(browser.text(By.cssSelector("main .hint"))).as(page.getKey()).isEqualTo(expected[1]);
				browser.screenshot(name(page.getKey()).replaceAll("-+$", "") + "-" + width);
				assertThat(violations(browser)).as("%s at %d px", page.getKey(), width).isEmpty();
				assertThat(sidewaysOverflow(browser)).as("%s at %d px sticks out sideways", page.getKey(), width).isEmpty();
			}
		}
	}

	/**
	 * "Mine opgaver" with tasks on it (the process owner's above has none): the board's, which holds
	 * the drafts of the cycles started here, and a politician's with the committee's next meeting.
	 */
	@Test
	void theWorkPageWithTasksPassesAxesWcag21AaRulesOnADeskAndOnAPhone() throws Exception {
		for (String person : List.of("karen", "svend")) {
			try (Browser browser = Browser.open("accessibility-work-" + person)) {
				browser.go(url("/login"));
				signIn(browser, person);
				for (int width : new int[] { 1400, PHONE_WIDTH }) {
					browser.resize(width, 900);
					browser.go(url("/mine-opgaver"));
					browser.waitFor(By.tagName("h1"));
					browser.screenshot("mine-opgaver-" + width);
					if (person.equals("karen")) {
						assertThat(browser.findAll(By.cssSelector("ul.work li a.task"))).as("tasks to check").isNotEmpty();
					}
					assertThat(violations(browser)).as("%s's work page at %d px", person, width).isEmpty();
					assertThat(sidewaysOverflow(browser)).as("%s's work page at %d px sticks out sideways", person, width)
						.isEmpty();
				}
			}
		}
	}

	@Test
	void theStartFormShowsItsRefusalsAccessibly() throws Exception {
		try (Browser browser = Browser.open("accessibility-refusal")) {
			browser.go(url("/login"));
			signIn(browser);
			browser.go(url("/aarshjul/ny?planCode=DEMO-STRATEGI&year=2048"));
			browser.click(By.xpath("//button[contains(., 'Start årshjulet')]"));
			browser.waitFor(By.cssSelector(".errors[role='alert']"));
			browser.screenshot("refused");
			assertThat(violations(browser)).as("the refused start form").isEmpty();
		}
	}

	@Test
	void aKeyboardUserSignsInAndReachesTheOverview() throws Exception {
		try (Browser browser = Browser.open("accessibility-keyboard")) {
			browser.go(url("/login"));
			browser.waitFor(By.id("username"));
			assertThat(browser.focused().getAttribute("id")).as("the user name has the focus").isEqualTo("username");
			browser.press("olivia", Keys.TAB);
			assertThat(browser.focused().getAttribute("id")).isEqualTo("password");
			browser.press("demo", Keys.ENTER);
			browser.waitFor(By.tagName("h1"));

			browser.go(url("/oversigt"));
			browser.waitFor(By.tagName("h1"));
			browser.press(Keys.TAB);
			assertThat(browser.focused().getText()).as("the first stop skips to the content")
				.isEqualTo("Spring til indhold");
			browser.press(Keys.ENTER);
			browser.press(Keys.TAB);
			assertThat(browser.focused().getTagName()).as("the next stop is inside the content")
				.isIn("a", "select", "input", "button");
			assertThat((Boolean) browser.script("return document.getElementById('main').contains(document.activeElement);"))
				.isTrue();
			browser.screenshot("keyboard-in-content");
		}
	}

	/**
	 * A plan as large as a plan gets — 12 focus areas, 36 goals, translated by all 10 units — on its
	 * page, and the embedded forms that write it (the draft, a unit plan, a status report), each
	 * checked by axe inside Tasklist and for sideways scrolling at 1400 and 320 px.
	 */
	@Test
	void aPlanOfTwelveFocusAreasAndTenUnitsAndTheFormsThatWriteIt() throws Exception {
		String big = "TOLV-OMRAADER";
		String key = big + "-2054";
		importTwelveAreas(big);
		importTwelveAreas("TOLV-UDKAST");
		cycle.start("olivia", CycleDriver.calendar("TOLV-UDKAST", 2054));
		List<String> units = List.of("laering", "skoler", "dagtilbud", "job", "sundhed", "handicap", "faellesskab",
				"vaekst", "oekonomi", "hr");
		cycle.untilTranslation(big, key, 2054, units);
		for (String unit : units) {
			if (!unit.equals("job")) {
				writeAndApprove(key, unit);
			}
		}
		try (Browser board = Browser.open("accessibility-forms-board")) {
			signInToTasklist(board, "karen");
			checkForm(board, cycle.taskFor("karen", dk.aarshjul.drafting.DraftingProcess.USER_TASK_DRAFT_PLAN,
					"TOLV-UDKAST-2054").getId(), "draft-plan", "form[name=draftPlanForm]", "area-12-title");
		}
		try (Browser chief = Browser.open("accessibility-forms-unit")) {
			signInToTasklist(chief, "dorthe");
			org.camunda.bpm.engine.task.Task job = cycle.taskFor("dorthe",
					dk.aarshjul.translation.UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-job");
			checkForm(chief, job.getId(), "write-unit-plan", "form[name=writeUnitPlanForm]", "unit-area-12-action");
			// claimed in the browser, so no longer a candidate's task: handed in by its id
			approve(key, "job", job);
			cycle.startFollowUpRound(key, java.time.LocalDate.of(2054, 6, 30));
			checkForm(chief, cycle.statusReportOf(key, "job").getId(), "report-status", "form[name=reportStatusForm]",
					"status-goal-36-comment");
			cycle.resetClock();
		}
		try (Browser owner = Browser.open("accessibility-twelve-areas")) {
			owner.go(url("/login"));
			signIn(owner);
			for (int width : new int[] { 1400, PHONE_WIDTH }) {
				owner.resize(width, 900);
				owner.go(url("/aarshjul/" + key));
				owner.waitFor(By.tagName("h1"));
				owner.screenshot("plan-page-" + width);
				assertThat(violations(owner)).as("the plan page at %d px", width).isEmpty();
				assertThat(sidewaysOverflow(owner)).as("the plan page at %d px sticks out sideways", width).isEmpty();
			}
		}
	}

	private void importTwelveAreas(String code) {
		if (jdbcPlanExists(code)) {
			return;
		}
		StringBuilder areas = new StringBuilder();
		for (int area = 1; area <= 12; area++) {
			areas.append(area > 1 ? "," : "").append("{ \"title\": \"Indsatsområde nummer ").append(area)
				.append("\", \"responsibleDirector\": \"mikkel\", \"goals\": [");
			for (int goal = 1; goal <= 3; goal++) {
				// short: Tasklist's plan summary (task/PlanSummaryForForms) is a String variable, 4000 characters at most
				areas.append(goal > 1 ? "," : "").append("{ \"description\": \"Mål ").append(area).append('.')
					.append(goal).append("\", \"dueDate\": \"2054-12-31\" }");
			}
			areas.append("] }");
		}
		transfer.importJson(new java.io.ByteArrayInputStream("""
				{ "code": "%s", "municipality": "Demo Kommune", "title": "Tolv indsatsområder",
				  "year": 2054, "kind": "ADMINISTRATIVE_STRATEGY", "periodFrom": "2054-01-01", "focusAreas": [ %s ] }
				""".formatted(code, areas).getBytes(StandardCharsets.UTF_8)));
	}

	private boolean jdbcPlanExists(String code) {
		return plans.findAll().stream().anyMatch(plan -> plan.getCode().equals(code) && plan.getYear() == 2054);
	}

	private void writeAndApprove(String key, String unit) {
		approve(key, unit, cycle.taskFor(cycle.chiefOf(unit),
				dk.aarshjul.translation.UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-" + unit));
	}

	private void approve(String key, String unit, org.camunda.bpm.engine.task.Task write) {
		cycle.complete(cycle.chiefOf(unit), write, cycle.unitPlanOf(write, "Vi gør det i " + unit + "."));
		cycle.complete(CycleDriver.reviewerOf(unit), dk.aarshjul.translation.UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN,
				key + "-" + unit, UnitTranslationProcess.Variables.APPROVED.with(true));
	}

	private void signInToTasklist(Browser browser, String user) {
		browser.go(url("/camunda/app/tasklist/default/"));
		browser.type(By.id("username"), user);
		browser.type(By.id("password"), "demo");
		browser.click(By.cssSelector("main button[type='submit']"));
		browser.waitFor(By.cssSelector(".task-filter"));
	}

	/** An embedded form in Tasklist: axe inside the form, and nothing in it wider than the window. */
	private void checkForm(Browser browser, String taskId, String name, String form, String lastField) throws Exception {
		browser.resize(1400, 900);
		browser.go(url("/camunda/app/tasklist/default/#/?task=" + taskId));
		browser.click(By.xpath("//button[contains(., 'Tag opgaven')]"));
		browser.waitFor(By.xpath("//button[contains(., 'Afslut opgaven') and not(@disabled)]"));
		browser.waitFor(By.id(lastField));
		for (int width : new int[] { 1400, PHONE_WIDTH }) {
			browser.resize(width, 900);
			browser.script("document.querySelector(arguments[0]).scrollIntoView({block: 'start'});", form);
			browser.screenshot(name + "-" + width);
			assertThat(violations(browser, form)).as("%s at %d px", name, width).isEmpty();
			assertThat(overflowIn(browser, form)).as("%s at %d px sticks out sideways", name, width).isEmpty();
		}
	}

	@SuppressWarnings("unchecked")
	private List<String> violations(Browser browser, String within) {
		browser.script(axe);
		return (List<String>) browser.asyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document.querySelector(arguments[0]),
				    { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(result => done(result.violations.map(v =>
				    v.id + ' (' + v.help + '): ' + v.nodes.map(node => node.target.join(' ')).join(', '))))
				  .catch(error => done(['axe failed: ' + error]));
				""", within);
	}

	/** The form's elements that reach past the window's right edge (none when the form reflows). */
	@SuppressWarnings("unchecked")
	private static List<String> overflowIn(Browser browser, String within) {
		return (List<String>) browser.script("""
				const width = document.documentElement.clientWidth;
				return [...document.querySelector(arguments[0]).querySelectorAll('*')]
				  .filter(element => element.getBoundingClientRect().width > 0)
				  .filter(element => element.getBoundingClientRect().right > width + 1)
				  .map(element => element.tagName.toLowerCase() + '#' + element.id
				    + ' (' + Math.round(element.getBoundingClientRect().right) + ' px)');
				""", within);
	}

	private void signIn(Browser browser) {
		signIn(browser, "olivia");
	}

	private void signIn(Browser browser, String user) {
		browser.type(By.id("username"), user);
		browser.type(By.id("password"), "demo");
		browser.click(By.cssSelector("main button[type='submit']"));
		browser.waitFor(By.tagName("h1"));
	}

	/** The axe rules WCAG 2.1 A and AA cover that were broken, as "rule: element, element". */
	@SuppressWarnings("unchecked")
	private List<String> violations(Browser browser) {
		browser.script(axe);
		Object result = browser.asyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(result => done(result.violations.map(v =>
				    v.id + ' (' + v.help + '): ' + v.nodes.map(node => node.target.join(' ')).join(', '))))
				  .catch(error => done(['axe failed: ' + error]));
				""");
		return (List<String>) result;
	}

	/**
	 * The elements that stick out past the right edge of the window (none when the page does not
	 * scroll sideways), e.g. "table.matrix (612 px)". Content inside a scrolling box is fine.
	 */
	@SuppressWarnings("unchecked")
	private static List<String> sidewaysOverflow(Browser browser) {
		return (List<String>) browser.script("""
				const width = document.documentElement.clientWidth;
				if (document.documentElement.scrollWidth <= width) return [];
				return [...document.body.querySelectorAll('*')]
				  .filter(element => element.getBoundingClientRect().right > width + 1)
				  .filter(element => ![...element.children].some(child => child.getBoundingClientRect().right > width + 1))
				  .map(element => element.tagName.toLowerCase() + (element.className && typeof element.className === 'string'
				      ? '.' + element.className.trim().split(/\\s+/).join('.') : '')
				    + ' (' + Math.round(element.getBoundingClientRect().right) + ' px)');
				""");
	}

	private static String name(String page) {
		return page.equals("/") ? "plans" : page.substring(1).replaceAll("[/?&=]", "-");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
