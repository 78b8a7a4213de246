package dk.aarshjul.overview;

import java.util.Arrays;
import java.util.List;
import java.time.LocalDate;
import java.util.Date;
import java.util.Locale;

import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.cycle.CyclePhases;
import dk.aarshjul.metrics.Scrapes;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.springframework.context.ApplicationContext;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The overview stays fast with thousands of running plans: the page and the API send the same
 * small number of SQL statements for 10 running plans as for 1,000, and neither they nor the rows
 * they read grow when the history fills with completed tasks. A page holds 50 of the 1,000 and
 * says how many there are; the export has every one. "Mine opgaver" likewise: the board's page,
 * which holds a task of every running cycle, and a politician's, with the committee's next
 * meeting. The figures are printed. One test starts the thousand plans for all of these: starting
 * them is most of its time.
 */
@StatementCountTest
class OverviewStatementCountTests {

	private static final int MOST_STATEMENTS = 12;

	/** At most this many statements for "Mine opgaver". */
	private static final int MOST_STATEMENTS_FOR_MY_WORK = 4;

	/** The tasks "Mine opgaver" shows at most, the most urgent first. */
	private static final int MOST_TASKS_SHOWN = 200;

	/** Running plans on a page of the overview. */
	private static final int PAGE = 50;

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private static final String DRAFTING = CyclePhases.IN_ORDER.get(0);

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter statements;

	@Autowired
	CycleDriver cycle;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	StrategyPlanRepository plans;

	@Autowired
	TaskService tasks;

	@Autowired
	ApplicationContext context;

	@Autowired
	IdentityService identity;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void theOverviewOfAThousandRunningPlansTakesAsFewStatementsAsThatOfTenWhateverTheHistory() throws Exception {
		PlanDocument demo = transfer.export(plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId());
		Scrapes scrapes = new Scrapes(mvc, statements, context);
		Scrapes.Scrape before = scrapes.scrape();
		// the classes sharing this context may have started cycles before this one runs: what they left
		// is counted first, so the figures below hold in any order of the classes
		int earlier = runningPlans();
		int earlierOnTheWheel = plansOnTheWheel();
		startCycles(demo, 0, 10);
		// the menu's links are cached per user (security/WebappAccess): the first page a user opens
		// reads their application authorizations once, every later page does not
		mvc.perform(asProcessOwner(get("/oversigt"))).andExpect(status().isOk());
		Measured pageForTen = measure(get("/oversigt"), Math.min(PAGE, earlier + 10));
		Measured apiForTen = measure(get("/api/overview"), Math.min(PAGE, earlier + 10));
		Measured wheelForTen = measureWheel(Math.min(WheelPage.MOST_CYCLES, earlierOnTheWheel + 10));
		// none of these plans has indicators: the filter narrows in the same statements, it adds none per plan
		Measured offTrackForTen = measure(get("/oversigt?offTrack=true"), 0);
		// the menu's links are cached per user: the first page of each reads them once
		mvc.perform(myWorkOf("karen")).andExpect(status().isOk());
		mvc.perform(myWorkOf("svend")).andExpect(status().isOk());
		Measured boardForTen = measureMyWork("karen");
		Measured politicianForTen = measureMyWork("svend");
		assertThat(boardForTen.body()).contains(demo.title() + " 9").contains("Udarbejd udkast");

		// an operator's scrape of /actuator/prometheus costs the same for 10 and for 1,000 running plans
		// (the scrape's own test, who may read it, is metrics/MetricsStatementCountTests)
		cycle.chaseDeadlines();
		Scrapes.Scrape scrapeForTen = scrapes.scrape();
		assertThat(scrapeForTen.value("aarshjul_cycles", DRAFTING) - before.value("aarshjul_cycles", DRAFTING))
			.as("cycles in drafting").isEqualTo(10);
		assertThat(scrapeForTen.value("aarshjul_tasks_open", DRAFTING) - before.value("aarshjul_tasks_open", DRAFTING))
			.as("one drafting task each").isEqualTo(10);
		assertThat(scrapeForTen.value("aarshjul_chase_round_seconds_count", null)
				- before.value("aarshjul_chase_round_seconds_count", null)).as("the chase round run").isEqualTo(1);

		startCycles(demo, 10, 1000);
		Scrapes.Scrape scrapeForThousand = scrapes.scrape();
		assertThat(scrapeForThousand.value("aarshjul_cycles", DRAFTING) - before.value("aarshjul_cycles", DRAFTING))
			.isEqualTo(1000);
		assertThat(scrapeForThousand.value("aarshjul_tasks_overdue", DRAFTING)).as("none due yet")
			.isEqualTo(before.value("aarshjul_tasks_overdue", DRAFTING));
		// a year on, every drafting task is past its deadline
		ClockUtil.setCurrentTime(Date.from(LocalDate.of(2031, 6, 2).atTime(12, 0).atZone(WorkingTime.ZONE).toInstant()));
		Scrapes.Scrape scrapeWhenLate = scrapes.scrape();
		ClockUtil.reset();
		assertThat(scrapeWhenLate.value("aarshjul_tasks_overdue", DRAFTING))
			.isEqualTo(scrapeWhenLate.value("aarshjul_tasks_open", DRAFTING))
			.isGreaterThanOrEqualTo(1000);
		System.out.printf("A scrape of /actuator/prometheus with %d running plans: %d SQL statements, %d rows read%n", 10,
				scrapeForTen.statements(), scrapeForTen.rows());
		System.out.printf("A scrape of /actuator/prometheus with %d running plans: %d SQL statements, %d rows read%n",
				1000, scrapeForThousand.statements(), scrapeForThousand.rows());
		assertThat(scrapeForThousand.statements()).isEqualTo(scrapeForTen.statements())
			.isEqualTo(scrapeWhenLate.statements())
			.isLessThanOrEqualTo(15);
		statements.reset();
		scrapes.body();
		assertThat(statements.count()).as("a second scrape within ten seconds: the figures are kept").isZero();
		Measured pageForThousand = measure(get("/oversigt"), PAGE);
		Measured apiForThousand = measure(get("/api/overview"), PAGE);
		Measured wheelForThousand = measureWheel(WheelPage.MOST_CYCLES);
		Measured offTrackForThousand = measure(get("/oversigt?offTrack=true"), 0);
		Measured boardForThousand = measureMyWork("karen");
		Measured politicianForThousand = measureMyWork("svend");
		completeTasksOutsideThePlans(500);
		Measured pageWithHistory = measure(get("/oversigt"), PAGE);
		Measured apiWithHistory = measure(get("/api/overview"), PAGE);

		print("/oversigt", 10, pageForTen);
		print("/oversigt", 1000, pageForThousand);
		print("/oversigt, 500 more tasks in history", 1000, pageWithHistory);
		print("/oversigt?offTrack=true", 10, offTrackForTen);
		print("/oversigt?offTrack=true", 1000, offTrackForThousand);
		print("/aarshjul", 10, wheelForTen);
		print("/aarshjul", 1000, wheelForThousand);
		print("/api/overview", 10, apiForTen);
		print("/api/overview", 1000, apiForThousand);
		print("/api/overview, 500 more tasks in history", 1000, apiWithHistory);
		assertThat(pageForThousand.statements()).isEqualTo(pageForTen.statements())
			.isEqualTo(pageWithHistory.statements())
			.isLessThanOrEqualTo(MOST_STATEMENTS);
		assertThat(apiForThousand.statements()).isEqualTo(apiForTen.statements())
			.isEqualTo(apiWithHistory.statements())
			.isLessThanOrEqualTo(MOST_STATEMENTS);
		assertThat(offTrackForThousand.statements()).as("goals off track, 10 and 1,000 running plans")
			.isEqualTo(offTrackForTen.statements())
			.isLessThanOrEqualTo(MOST_STATEMENTS);
		assertThat(wheelForThousand.statements()).as("the wheel's statements, 10 and 1,000 running plans")
			.isEqualTo(wheelForTen.statements())
			.isLessThanOrEqualTo(MOST_STATEMENTS);
		print("/mine-opgaver of karen (direktion)", 10, boardForTen);
		print("/mine-opgaver of karen (direktion)", 1000, boardForThousand);
		print("/mine-opgaver of svend (Økonomiudvalget)", 10, politicianForTen);
		print("/mine-opgaver of svend (Økonomiudvalget)", 1000, politicianForThousand);
		assertThat(boardForThousand.statements()).as("the board's Mine opgaver, 10 and 1,000 running plans")
			.isEqualTo(boardForTen.statements())
			.isLessThanOrEqualTo(MOST_STATEMENTS_FOR_MY_WORK);
		assertThat(politicianForThousand.statements()).as("a politician's Mine opgaver, 10 and 1,000 running plans")
			.isEqualTo(politicianForTen.statements())
			.isLessThanOrEqualTo(MOST_STATEMENTS_FOR_MY_WORK);
		assertThat(boardForThousand.body()).as("the most urgent 200, and a word that there are more")
			.contains("Kun de " + MOST_TASKS_SHOWN + " mest presserende opgaver vises her");
		assertThat(boardForThousand.body().split("data-task=", -1)).hasSize(MOST_TASKS_SHOWN + 1);
		assertThat(politicianForThousand.body()).contains("Næste møde i Økonomiudvalget: ");
		assertThat(pageWithHistory.rows()).as("rows read for the page, before and after the history grew")
			.isEqualTo(pageForThousand.rows());
		assertThat(apiWithHistory.rows()).as("rows read for the API, before and after the history grew")
			.isEqualTo(apiForThousand.rows());

		int running = earlier + 1000;
		int pages = (running + PAGE - 1) / PAGE;
		MvcResult page = mvc.perform(asProcessOwner(get("/api/overview"))).andReturn();
		assertThat(page.getResponse().getHeader("X-Total-Count")).isEqualTo(String.valueOf(running));
		assertThat(page.getResponse().getHeader("X-Total-Pages")).isEqualTo(String.valueOf(pages));
		assertThat(mvc.perform(asProcessOwner(get("/oversigt"))).andReturn().getResponse().getContentAsString())
			.contains("Kørende årshjul 1–50 af " + String.format(DANISH, "%,d", running))
			.contains("Side 1 af " + pages);

		statements.reset();
		String csv = mvc.perform(asProcessOwner(get("/api/overview/export.csv")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int exportStatements = statements.count();
		assertThat(csv.lines().skip(1)).hasSize(running);
		assertThat(csv.lines().skip(1).map(line -> line.substring(0, line.indexOf(',')))).doesNotHaveDuplicates();
		String json = mvc.perform(asProcessOwner(get("/api/overview/export"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(json.split("\"businessKey\"", -1)).hasSize(running + 1);
		System.out.printf("Export of %d running plans as CSV: %d SQL statements%n", 1000, exportStatements);
	}

	/** The statements and rows counted are asserted, and the page; the time is printed only, as a figure to watch. */
	private record Measured(int statements, int rows, long millis, String body) {
	}

	private Measured measure(MockHttpServletRequestBuilder request, int rowsShown) throws Exception {
		statements.reset();
		long started = System.nanoTime();
		MvcResult result = mvc.perform(asProcessOwner(request)).andExpect(status().isOk()).andReturn();
		long millis = (System.nanoTime() - started) / 1_000_000;
		String body = result.getResponse().getContentAsString();
		Measured measured = new Measured(statements.count(), statements.rows(), millis, body);
		int shown = body.startsWith("[") ? body.split("\"businessKey\"", -1).length - 1
				: body.split("data-key=", -1).length - 1;
		assertThat(shown).as("rows on the page").isEqualTo(rowsShown);
		return measured;
	}

	private Measured measureMyWork(String userId) throws Exception {
		MockHttpServletRequestBuilder request = myWorkOf(userId);
		statements.reset();
		long started = System.nanoTime();
		String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return new Measured(statements.count(), statements.rows(), (System.nanoTime() - started) / 1_000_000, body);
	}

	/** The person's "Mine opgaver", signed in with the groups the organisation file gives them. */
	private MockHttpServletRequestBuilder myWorkOf(String userId) {
		List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(userId).list().stream()
			.map(Group::getId)
			.map(group -> new SimpleGrantedAuthority("GROUP_" + group))
			.toList();
		return get("/mine-opgaver").with(user(userId).authorities(groups));
	}

	private int runningPlans() throws Exception {
		return Integer.parseInt(mvc.perform(asProcessOwner(get("/api/overview"))).andReturn().getResponse()
			.getHeader("X-Total-Count"));
	}

	private int plansOnTheWheel() throws Exception {
		return swatches(mvc.perform(asProcessOwner(get("/aarshjul"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
	}

	private static int swatches(String wheel) {
		return wheel.split("class=\"swatch\"", -1).length - 1;
	}

	/** The municipality's wheel: its plans in the key, at most {@link WheelPage#MOST_CYCLES}. */
	private Measured measureWheel(int plansShown) throws Exception {
		statements.reset();
		long started = System.nanoTime();
		String body = mvc.perform(asProcessOwner(get("/aarshjul"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		Measured measured = new Measured(statements.count(), statements.rows(), (System.nanoTime() - started) / 1_000_000,
				body);
		assertThat(swatches(body)).as("plans on the wheel").isEqualTo(plansShown);
		assertThat(body).contains("class=\"mark");
		return measured;
	}

	private static MockHttpServletRequestBuilder asProcessOwner(MockHttpServletRequestBuilder request) {
		return request.with(user("olivia").authorities(Arrays.asList(new SimpleGrantedAuthority("GROUP_procesejer"))));
	}

	private static void print(String what, int runningPlans, Measured measured) {
		System.out.printf("%s with %d running plans: %d SQL statements, %d rows read, %d ms%n", what, runningPlans,
				measured.statements(), measured.rows(), measured.millis());
	}

	/** Tasks that were offered to a group and done: history the overview must not read. */
	private void completeTasksOutsideThePlans(int count) {
		for (int i = 0; i < count; i++) {
			Task task = tasks.newTask();
			task.setName("Afsluttet opgave " + i);
			tasks.saveTask(task);
			tasks.addCandidateGroup(task.getId(), "direktion");
			tasks.complete(task.getId());
		}
	}

	private void startCycles(PlanDocument demo, int from, int to) {
		for (int i = from; i < to; i++) {
			String code = "PLAN-%04d".formatted(i);
			transfer.importDocument(new PlanDocument(code, demo.municipality(), demo.title() + " " + i,
					demo.introduction(), 2030, demo.kind(), demo.periodFrom(), demo.periodTo(), demo.focusAreas()));
			cycle.start("olivia", CycleDriver.calendar(code, 2030));
		}
	}

}
