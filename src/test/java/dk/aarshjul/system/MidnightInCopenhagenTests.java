package dk.aarshjul.system;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.notification.PersonAbsenceRepository;
import dk.aarshjul.organisation.CamundaGroups;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The suite's own clock-sensitivity: what depends on today's date is run in the hour after
 * midnight in Copenhagen, when UTC still has yesterday (23:30 UTC in winter, 22:30 UTC in summer),
 * on a server whose zone is UTC, with the engine's clock and the browser's set to that instant.
 * Each answer is Copenhagen's day: the days left on "Mine opgaver", the date picker's "today" in
 * Tasklist and the follow-up date it saves, a leave that ended "yesterday", the next plan's year
 * (in winter the hour is also New Year's).
 * CI ran in UTC and failed at exactly these hours when the browser's zone was the machine's.
 */
@H2Test
class MidnightInCopenhagenTests {

	private static final String PLAN = "MIDNAT";

	private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	CycleDriver cycle;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	StrategyCycleRepository cycles;

	@Autowired
	StrategyPlanRepository plans;

	@Autowired
	TaskService tasks;

	@Autowired
	PersonAbsenceRepository absences;

	private final TimeZone serverZone = TimeZone.getDefault();

	private final List<String> standalone = new java.util.ArrayList<>();

	static List<Instant> halfPastMidnightInCopenhagen() {
		return BrowserClockTests.halfPastMidnightInCopenhagen();
	}

	@BeforeEach
	void onAServerInUtc() {
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
	}

	@AfterEach
	void restore() {
		TimeZone.setDefault(serverZone);
		ClockUtil.reset();
		standalone.forEach(id -> tasks.deleteTask(id, true));
		absences.deleteById("dorthe");
	}

	@ParameterizedTest
	@MethodSource("halfPastMidnightInCopenhagen")
	void theWorkPageCountsTheDaysFromCopenhagensToday(Instant now) throws Exception {
		LocalDate today = LocalDate.ofInstant(now, WorkingTime.ZONE);
		LocalDate yesterday = today.minusDays(1);
		Task dueToday = standaloneTask("Midnatsopgave A", today);
		Task dueYesterday = standaloneTask("Midnatsopgave B", yesterday);
		ClockUtil.setCurrentTime(Date.from(now));

		String page = mvc.perform(as("karen", get("/mine-opgaver"), "direktion"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(section(page, dueToday)).as("%s, Copenhagen's %s", now, today)
			.contains(DANISH_DATE.format(today), "i dag")
			.doesNotContain("tilbage");
		assertThat(section(page, dueYesterday)).contains(DANISH_DATE.format(yesterday), "1 dag forsinket");
	}

	@ParameterizedTest
	@MethodSource("halfPastMidnightInCopenhagen")
	void tasklistsDatePickerStartsOnCopenhagensTodayAndSavesIt(Instant now) throws Exception {
		LocalDate today = LocalDate.ofInstant(now, WorkingTime.ZONE);
		// a cycle of its own for each instant; started once per context, as the test may run again
		int year = today.getMonthValue() == 1 ? 2077 : 2078;
		String key = PLAN + "-" + year;
		if (plans.findByCodeAndYear(PLAN, 2077).isEmpty()) {
			importPlan();
		}
		if (cycles.findByBusinessKey(key).isEmpty()) {
			cycle.start("olivia", CycleDriver.calendar(PLAN, year));
		}
		Task draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key);
		tasks.setAssignee(draft.getId(), null);
		tasks.setFollowUpDate(draft.getId(), null);
		ClockUtil.setCurrentTime(Date.from(now));

		try (Browser board = Browser.open("midnight-follow-up-" + today)) {
			board.clockAt(now);
			board.go(url("/camunda/app/tasklist/default/"));
			board.type(By.id("username"), "karen");
			board.type(By.id("password"), "demo");
			board.click(By.cssSelector("main button[type='submit']"));
			waitForTasklist(board, By.cssSelector(".task-filter"));
			board.go(url("/camunda/app/tasklist/default/#/?task=" + draft.getId()));
			board.click(By.xpath("//button[contains(., 'Tag opgaven')]"));
			board.click(By.xpath("//a[contains(., 'Sæt opfølgningsdato')]"));
			WebElement picker = board.waitFor(By.cssSelector(".uib-daypicker"));
			assertThat(board.text(By.cssSelector(".followup-date .preview"))).as("%s, Copenhagen's %s", now, today)
				.startsWith(DANISH_DATE.format(today) + " kl. 00:");
			assertThat(activeColumn(picker)).as("today's column, Monday first")
				.isEqualTo(today.getDayOfWeek().getValue() - 1);
			board.screenshot("follow-up-picker");

			board.script("arguments[0].click();", board.waitFor(
					By.xpath("//*[contains(@class,'btn-group')]/button[.//*[contains(@class,'glyphicon-ok')]]")));
			board.waitUntilGone(By.cssSelector(".uib-daypicker"));
			assertThat(followUpOf(draft)).isEqualTo(today);
		}
		tasks.setAssignee(draft.getId(), null);
	}

	@ParameterizedTest
	@MethodSource("halfPastMidnightInCopenhagen")
	void aLeaveThatEndedYesterdayInCopenhagenIsRefused(Instant now) throws Exception {
		LocalDate today = LocalDate.ofInstant(now, WorkingTime.ZONE);
		String utcDay = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).toString();
		ClockUtil.setCurrentTime(Date.from(now));

		String refused = mvc.perform(as("dorthe", post("/fravaer"), "direktion").with(csrf())
				.param("deputyId", "emil").param("firstDay", utcDay).param("lastDay", utcDay))
			.andExpect(status().isUnprocessableEntity())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).as("%s is still %s in UTC", now, utcDay).contains("Sidste fraværsdag er allerede passeret.");
		assertThat(absences.findById("dorthe")).isEmpty();

		mvc.perform(as("dorthe", post("/fravaer"), "direktion").with(csrf())
				.param("deputyId", "emil").param("firstDay", today.toString()).param("lastDay", today.toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(absences.findById("dorthe")).isPresent();
	}

	@ParameterizedTest
	@MethodSource("halfPastMidnightInCopenhagen")
	void aNewPlanIsForTheYearAfterCopenhagensYear(Instant now) throws Exception {
		LocalDate today = LocalDate.ofInstant(now, WorkingTime.ZONE);
		ClockUtil.setCurrentTime(Date.from(now));

		String editor = mvc.perform(as("olivia", get("/planer/ny"), CamundaGroups.PROCESS_OWNERS))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Matcher year = Pattern.compile("<input[^>]*name=\"year\"[^>]*>").matcher(editor);
		assertThat(year.find()).as("the year field").isTrue();
		assertThat(year.group()).contains("value=\"" + (today.getYear() + 1) + "\"");
	}

	private void importPlan() {
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "%s", "municipality": "Demo Kommune", "title": "Midnat i København",
				  "year": 2077, "kind": "ADMINISTRATIVE_STRATEGY", "periodFrom": "2077-01-01",
				  "focusAreas": [ { "title": "Uret", "goals": [] } ] }
				""".formatted(PLAN).getBytes(StandardCharsets.UTF_8)));
	}

	/** A task offered to the board, due on the day (at 16, Copenhagen time). */
	private Task standaloneTask(String name, LocalDate due) {
		Task task = tasks.newTask();
		task.setName(name);
		task.setDueDate(Date.from(due.atTime(16, 0).atZone(WorkingTime.ZONE).toInstant()));
		tasks.saveTask(task);
		tasks.addCandidateGroup(task.getId(), "direktion");
		standalone.add(task.getId());
		return task;
	}

	private LocalDate followUpOf(Task task) throws InterruptedException {
		// Tasklist saves the date by a request of its own once the popover has closed
		for (int attempt = 0; attempt < 50; attempt++) {
			Date followUp = tasks.createTaskQuery().taskId(task.getId()).singleResult().getFollowUpDate();
			if (followUp != null) {
				return LocalDate.ofInstant(followUp.toInstant(), WorkingTime.ZONE);
			}
			Thread.sleep(200);
		}
		return null;
	}

	/**
	 * Tasklist's first opening in a browser loads its scripts; on a loaded build machine that has
	 * taken longer than the browser's usual wait (as WorkBrowserTests found), so it is given three.
	 */
	private static void waitForTasklist(Browser browser, By locator) throws Exception {
		for (int attempt = 1;; attempt++) {
			try {
				browser.waitFor(locator);
				return;
			}
			catch (org.openqa.selenium.TimeoutException slow) {
				if (attempt == 3) {
					throw slow;
				}
				browser.screenshot("tasklist-still-loading-" + attempt);
			}
		}
	}

	/** The weekday column (0 = Monday) of the picker's active day. */
	private static int activeColumn(WebElement picker) {
		List<WebElement> days = picker.findElements(By.cssSelector("td.uib-day"));
		for (int i = 0; i < days.size(); i++) {
			if (days.get(i).findElements(By.cssSelector("button.active")).size() > 0) {
				return i % 7;
			}
		}
		throw new AssertionError("no active day");
	}

	private static String section(String page, Task task) {
		int start = page.indexOf("data-task=\"" + task.getId() + "\"");
		assertThat(start).as("task %s on the page", task.getName()).isPositive();
		return page.substring(start, page.indexOf("</li>", start));
	}

	private static MockHttpServletRequestBuilder as(String userId, MockHttpServletRequestBuilder request,
			String... groups) {
		return request.with(user(userId).authorities(java.util.Arrays.stream(groups)
			.map(group -> new SimpleGrantedAuthority("GROUP_" + group))
			.toList()));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
