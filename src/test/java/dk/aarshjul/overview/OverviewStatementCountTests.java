package dk.aarshjul.overview;

import java.util.Arrays;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.system.H2Test;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.TestPropertySource;
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
 * says how many there are; the export has every one. The figures are printed.
 */
@H2Test
@Import(StatementCounter.class)
@TestPropertySource(properties = "aarshjul.notification.new-tasks=false")
class OverviewStatementCountTests {

	private static final int MOST_STATEMENTS = 12;

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

	@Test
	void theOverviewOfAThousandRunningPlansTakesAsFewStatementsAsThatOfTenWhateverTheHistory() throws Exception {
		PlanDocument demo = transfer.export(plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId());
		startCycles(demo, 0, 10);
		// the menu's links are cached per user (security/WebappAccess): the first page a user opens
		// reads their application authorizations once, every later page does not
		mvc.perform(asProcessOwner(get("/oversigt"))).andExpect(status().isOk());
		Measured pageForTen = measure(get("/oversigt"), 10);
		Measured apiForTen = measure(get("/api/overview"), 10);
		Measured wheelForTen = measureWheel(10);
		// none of these plans has indicators: the filter narrows in the same statements, it adds none per plan
		Measured offTrackForTen = measure(get("/oversigt?offTrack=true"), 0);

		startCycles(demo, 10, 1000);
		Measured pageForThousand = measure(get("/oversigt"), 50);
		Measured apiForThousand = measure(get("/api/overview"), 50);
		Measured wheelForThousand = measureWheel(WheelPage.MOST_CYCLES);
		Measured offTrackForThousand = measure(get("/oversigt?offTrack=true"), 0);
		completeTasksOutsideThePlans(500);
		Measured pageWithHistory = measure(get("/oversigt"), 50);
		Measured apiWithHistory = measure(get("/api/overview"), 50);

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
		assertThat(pageWithHistory.rows()).as("rows read for the page, before and after the history grew")
			.isEqualTo(pageForThousand.rows());
		assertThat(apiWithHistory.rows()).as("rows read for the API, before and after the history grew")
			.isEqualTo(apiForThousand.rows());

		MvcResult page = mvc.perform(asProcessOwner(get("/api/overview"))).andReturn();
		assertThat(page.getResponse().getHeader("X-Total-Count")).isEqualTo("1000");
		assertThat(page.getResponse().getHeader("X-Total-Pages")).isEqualTo("20");
		assertThat(mvc.perform(asProcessOwner(get("/oversigt"))).andReturn().getResponse().getContentAsString())
			.contains("Kørende årshjul 1–50 af 1.000")
			.contains("Side 1 af 20");

		statements.reset();
		String csv = mvc.perform(asProcessOwner(get("/api/overview/export.csv")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int exportStatements = statements.count();
		assertThat(csv.lines().skip(1)).hasSize(1000);
		assertThat(csv.lines().skip(1).map(line -> line.substring(0, line.indexOf(',')))).doesNotHaveDuplicates();
		String json = mvc.perform(asProcessOwner(get("/api/overview/export"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(json.split("\"businessKey\"", -1)).hasSize(1001);
		System.out.printf("Export of %d running plans as CSV: %d SQL statements%n", 1000, exportStatements);
	}

	/** The statements and rows counted are asserted; the time is printed only, as a figure to watch. */
	private record Measured(int statements, int rows, long millis) {
	}

	private Measured measure(MockHttpServletRequestBuilder request, int rowsShown) throws Exception {
		statements.reset();
		long started = System.nanoTime();
		MvcResult result = mvc.perform(asProcessOwner(request)).andExpect(status().isOk()).andReturn();
		long millis = (System.nanoTime() - started) / 1_000_000;
		Measured measured = new Measured(statements.count(), statements.rows(), millis);
		String body = result.getResponse().getContentAsString();
		int shown = body.startsWith("[") ? body.split("\"businessKey\"", -1).length - 1
				: body.split("data-key=", -1).length - 1;
		assertThat(shown).as("rows on the page").isEqualTo(rowsShown);
		return measured;
	}

	/** The municipality's wheel: its plans in the key, at most {@link WheelPage#MOST_CYCLES}. */
	private Measured measureWheel(int plansShown) throws Exception {
		statements.reset();
		long started = System.nanoTime();
		String body = mvc.perform(asProcessOwner(get("/aarshjul"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		Measured measured = new Measured(statements.count(), statements.rows(), (System.nanoTime() - started) / 1_000_000);
		assertThat(body.split("class=\"swatch\"", -1).length - 1).as("plans on the wheel").isEqualTo(plansShown);
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
