package dk.aarshjul.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import dk.aarshjul.approval.PoliticalApprovalProcess;
import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanDocument.FocusAreaDocument;
import dk.aarshjul.plan.PlanDocument.GoalDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pictures of the user guide ({@code docs/brugervejledning.md}): each role of Demo Kommune signs
 * in and opens the page or the Tasklist task the guide describes, the test asserts that it shows
 * what the guide says it shows, and saves the screenshot under {@code docs/billeder/}. Running the
 * class again takes the pictures again.
 *
 * <p>The cycles belong to plans of the test's own, each at a phase, all in 2027 with the engine's
 * and the browser's clock on one fixed day, so that every run draws the same deadlines. The roles
 * take their turns in the cycle's order, so that the overview is pictured before anyone has taken a
 * task.
 */
@H2Test
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UserGuideScreenshotsBrowserTests {

	static final Path PICTURES = Path.of("docs", "billeder");

	private static final int YEAR = 2027;

	/** Monday 4 January 2027, a working day before every deadline of the year's calendar. */
	private static final Instant TODAY = LocalDate.of(YEAR, 1, 4).atTime(10, 0).atZone(WorkingTime.ZONE).toInstant();

	/** Started by the process owner in the browser. */
	private static final String STARTED_BY_OWNER = "VEJL-TRIVSEL";

	private static final String DRAFTING = "VEJL-STRATEGI";

	private static final String CONSULTATION = "VEJL-DIGITAL";

	private static final String DECISION = "VEJL-KLIMA";

	private static final String TRANSLATION = "VEJL-VELFAERD";

	@LocalServerPort
	int port;

	@Autowired
	CycleDriver cycle;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	StrategyPlanRepository plans;

	private static boolean started;

	@BeforeEach
	void cyclesAtEachPhase() {
		ClockUtil.setCurrentTime(Date.from(TODAY));
		if (started) {
			return;
		}
		importPlan(STARTED_BY_OWNER, "Trivselsstrategi for medarbejderne");
		importPlan(DRAFTING, "Holbæk i Fællesskab – Koncernledelsens strategiplan");
		importPlan(CONSULTATION, "Digitaliseringsstrategi");
		importPlan(DECISION, "Klima- og bæredygtighedsplan");
		importPlan(TRANSLATION, "Velfærdsstrategi");
		cycle.start("olivia", CycleDriver.calendar(DRAFTING, YEAR));
		cycle.start("olivia", CycleDriver.calendar(CONSULTATION, YEAR));
		cycle.draftReady(key(CONSULTATION));
		cycle.start("olivia", CycleDriver.calendar(DECISION, YEAR));
		cycle.throughConsultation(key(DECISION));
		cycle.untilTranslation(TRANSLATION, key(TRANSLATION), YEAR, List.of("skoler"));
		started = true;
	}

	@AfterEach
	void realTime() {
		cycle.resetClock();
	}

	@Test
	@Order(1)
	void processOwnerStartsACycleAndFindsItOnTheOverview() throws Exception {
		try (Browser browser = signedIn("guide-procesejer", "olivia", "/login")) {
			browser.go(url("/aarshjul/ny?planCode=" + STARTED_BY_OWNER + "&year=" + YEAR));
			browser.waitFor(By.id("draftingDeadline"));
			assertThat(browser.text(By.tagName("h1"))).isEqualTo("Start et årshjul");
			assertThat(browser.pageText()).contains("Trivselsstrategi for medarbejderne", "Kopiér sidste års plan");
			for (String date : List.of("draftingDeadline", "consultationDeadline", "financeCommitteeMeeting",
					"translationDeadline", "periodEnd")) {
				assertThat(browser.waitFor(By.id(date)).getAttribute("value")).as("%s is proposed", date)
					.startsWith(String.valueOf(YEAR));
			}
			picture(browser, "procesejer-start");
			browser.click(By.xpath("//button[contains(., 'Start årshjulet')]"));

			browser.waitForText(By.tagName("body"), "Årshjulet " + key(STARTED_BY_OWNER) + " er startet.");
			browser.go(url("/oversigt?year=" + YEAR));
			browser.waitFor(row(STARTED_BY_OWNER));
			assertThat(browser.text(By.tagName("h1"))).isEqualTo("Hvor er planerne?");
			assertThat(browser.text(row(STARTED_BY_OWNER))).contains("Udkast", "Udarbejd udkast");
			assertThat(browser.text(row(CONSULTATION))).contains("Høring i MED", "Afgiv høringssvar");
			assertThat(browser.text(row(DECISION))).contains("Politisk beslutning");
			assertThat(browser.text(row(TRANSLATION))).contains("Oversæt strategiplanen");
			picture(browser, "procesejer-oversigt");
		}
	}

	@Test
	@Order(2)
	void theBoardDraftsThePlan() throws Exception {
		Task draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key(DRAFTING));
		try (Browser browser = signedIn("guide-direktion", "karen", "/")) {
			By row = By.cssSelector("li[data-task='" + draft.getId() + "']");
			browser.waitFor(row);
			assertThat(browser.text(By.tagName("h1"))).isEqualTo("Mine opgaver");
			assertThat(browser.text(row)).contains(draft.getName(), "Udkast");
			picture(browser, "direktion-mine-opgaver");

			openInTasklist(browser, draft);
			browser.waitFor(By.id("area-1-title"));
			assertThat(browser.pageText()).contains("Udarbejd udkast", "Kerneopgaverne");
			picture(browser, "direktion-udkast");
		}
	}

	@Test
	@Order(3)
	void hovedudvalgetGivesItsStatement() throws Exception {
		Task statement = cycle.taskFor("rikke", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key(CONSULTATION));
		try (Browser browser = signedIn("guide-hovedudvalg", "rikke", "/")) {
			openInTasklist(browser, statement);
			browser.waitFor(By.xpath("//label[contains(., 'Høringssvar')]"));
			assertThat(browser.pageText()).contains("Afgiv høringssvar", "Digitaliseringsstrategi");
			By answer = By.cssSelector(".task-details textarea");
			browser.type(answer, "Hovedudvalget bakker op om strategien og beder om, at medarbejderne inddrages, "
					+ "når de nye digitale løsninger indføres.");
			browser.script("arguments[0].scrollIntoView({block: 'center'});", browser.waitFor(answer));
			picture(browser, "hovedudvalg-hoeringssvar");
		}
	}

	@Test
	@Order(4)
	void aCommitteeMemberDecidesOnThePlan() throws Exception {
		Task decision = cycle.taskFor("svend", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, key(DECISION));
		try (Browser browser = signedIn("guide-udvalg", "svend", "/")) {
			openInTasklist(browser, decision);
			browser.waitFor(By.xpath("//label[contains(., 'Begrundelse')]"));
			assertThat(browser.pageText()).contains("Politisk beslutning", "Beslutning", "Godkend",
					"Godkend med ændringer", "Send tilbage til revision", "Ingen bemærkninger.");
			browser.click(By.xpath("//label[contains(., 'Godkend med ændringer')]"));
			By reasoning = By.xpath("//label[contains(., 'Begrundelse')]/following::textarea[1]");
			browser.type(reasoning, "Økonomiudvalget godkender planen med den ændring, at målene for "
					+ "CO2-udledningen gøres op hvert kvartal.");
			browser.script("arguments[0].scrollIntoView({block: 'center'});", browser.waitFor(reasoning));
			picture(browser, "udvalg-beslutning");
		}
	}

	@Test
	@Order(5)
	void aHeadOfDepartmentWritesTheUnitPlanAndSeesItOnAPhone() throws Exception {
		Task translation = cycle.taskFor("birgit", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN,
				key(TRANSLATION) + "-skoler");
		try (Browser browser = signedIn("guide-chef", "birgit", "/")) {
			By row = By.cssSelector("li[data-task='" + translation.getId() + "']");
			browser.waitFor(row);
			browser.resize(390, 900);
			assertThat(browser.text(By.tagName("h1"))).isEqualTo("Mine opgaver");
			assertThat(browser.text(row)).contains(translation.getName(), "Oversættelse i enhederne",
					"Afdeling for Skoler");
			assertThat((Boolean) browser.script(
					"return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"))
				.as("nothing sticks out sideways at 390 px").isTrue();
			picture(browser, "mine-opgaver-390");
			browser.resize(1400, 1000);

			openInTasklist(browser, translation);
			browser.type(By.id("unit-area-1-action"),
					"Skolerne følger op på de politiske effektmål på hvert skoleledermøde.");
			assertThat(browser.pageText()).contains("Oversæt strategiplanen", "Kerneopgaverne");
			browser.script("arguments[0].scrollIntoView({block: 'center'});", browser.waitFor(By.id("unit-area-1-action")));
			picture(browser, "chef-handleplan");
		}
	}

	/** Signs in on Årshjul's page, reached from {@code path}, and waits until the sign-in is done. */
	private Browser signedIn(String name, String person, String path) throws IOException {
		Browser browser = Browser.open(name);
		browser.clockAt(TODAY);
		browser.signIn(url(path), person);
		return browser;
	}

	/** The task in Tasklist, taken, so that its form can be filled in. */
	private void openInTasklist(Browser browser, Task task) throws Exception {
		browser.go(url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
		waitForTasklist(browser, By.xpath("//button[contains(., 'Tag opgaven')]"));
		assertThat(browser.pageText()).contains(task.getName());
		browser.click(By.xpath("//button[contains(., 'Tag opgaven')]"));
		browser.waitFor(By.xpath("//button[contains(., 'Afslut opgaven') and not(@disabled)]"));
	}

	/** Tasklist's first opening loads its scripts and the form; on a loaded build machine that is slow. */
	private static void waitForTasklist(Browser browser, By locator) throws Exception {
		for (int attempt = 1;; attempt++) {
			try {
				browser.waitFor(locator);
				return;
			}
			catch (TimeoutException slow) {
				if (attempt == 4) {
					throw slow;
				}
				browser.screenshot("tasklist-still-loading-" + attempt);
			}
		}
	}

	/** The viewport as the guide shows it: saved with the test's other screenshots, and into the guide. */
	private static void picture(Browser browser, String name) throws IOException {
		Path shot = browser.screenshot(name);
		Files.createDirectories(PICTURES);
		Files.copy(shot, PICTURES.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	private void importPlan(String code, String title) {
		PlanDocument demo = transfer.export(plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId());
		int years = YEAR - demo.year();
		List<FocusAreaDocument> areas = demo.focusAreas().stream()
			.map(area -> new FocusAreaDocument(area.title(), area.strategy(), area.specialForYear(),
					area.responsibleDirector(),
					area.goals().stream()
						.map(goal -> new GoalDocument(goal.description(), goal.measure(), goal.target(),
								goal.dueDate() == null ? null : goal.dueDate().plusYears(years), goal.indicators()))
						.toList()))
			.toList();
		transfer.importDocument(new PlanDocument(code, demo.municipality(), title, demo.introduction(), YEAR,
				demo.kind(), demo.periodFrom().plusYears(years), demo.periodTo(), areas));
	}

	private static By row(String code) {
		return By.cssSelector("tr[data-key='" + key(code) + "']");
	}

	private static String key(String code) {
		return code + "-" + YEAR;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
