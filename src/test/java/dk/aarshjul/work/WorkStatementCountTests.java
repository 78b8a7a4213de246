package dk.aarshjul.work;

import java.util.List;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.overview.StatementCountTest;
import dk.aarshjul.overview.StatementCounter;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Mine opgaver" stays cheap however many plans run: the board's page, which holds a task of every
 * running cycle, and a politician's, with the committee's next meeting, send the same number of SQL
 * statements for 10 running plans as for 1,000 (as the overview does, overview/OverviewStatementCountTests).
 * The figures are printed.
 */
@StatementCountTest
class WorkStatementCountTests {

	private static final int MOST_STATEMENTS = 4;

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
	IdentityService identity;

	@Test
	void theWorkPageOfAThousandRunningPlansTakesAsFewStatementsAsThatOfTen() throws Exception {
		PlanDocument demo = transfer.export(plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId());
		startCycles(demo, 0, 10);
		// the menu's links are cached per user (security/WebappAccess): the first page reads them once
		page("karen");
		page("svend");
		Measured boardForTen = measure("karen");
		Measured politicianForTen = measure("svend");
		assertThat(boardForTen.body()).contains(demo.title() + " 9").contains("Udarbejd udkast");

		startCycles(demo, 10, 1000);
		Measured boardForThousand = measure("karen");
		Measured politicianForThousand = measure("svend");

		print("karen (direktion)", 10, boardForTen);
		print("karen (direktion)", 1000, boardForThousand);
		print("svend (Økonomiudvalget)", 10, politicianForTen);
		print("svend (Økonomiudvalget)", 1000, politicianForThousand);
		assertThat(boardForThousand.statements()).isEqualTo(boardForTen.statements())
			.isLessThanOrEqualTo(MOST_STATEMENTS);
		assertThat(politicianForThousand.statements()).isEqualTo(politicianForTen.statements())
			.isLessThanOrEqualTo(MOST_STATEMENTS);
		assertThat(boardForThousand.body()).as("the most urgent 200, and a word that there are more")
			.contains("Kun de 200 mest presserende opgaver vises her");
		assertThat(boardForThousand.body().split("data-task=", -1)).hasSize(MyWork.MOST_SHOWN + 1);
		assertThat(politicianForThousand.body()).contains("Næste møde i Økonomiudvalget: ");
	}

	private record Measured(int statements, int rows, long millis, String body) {
	}

	private Measured measure(String userId) throws Exception {
		MockHttpServletRequestBuilder request = as(userId, get("/mine-opgaver"));
		statements.reset();
		long started = System.nanoTime();
		String body = page(request);
		long millis = (System.nanoTime() - started) / 1_000_000;
		return new Measured(statements.count(), statements.rows(), millis, body);
	}

	private String page(String userId) throws Exception {
		return page(as(userId, get("/mine-opgaver")));
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** Signed in as the person, with the groups the organisation file gives them. */
	private MockHttpServletRequestBuilder as(String userId, MockHttpServletRequestBuilder request) {
		List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(userId).list().stream()
			.map(Group::getId)
			.map(group -> new SimpleGrantedAuthority("GROUP_" + group))
			.toList();
		return request.with(user(userId).authorities(groups));
	}

	private static void print(String who, int runningPlans, Measured measured) {
		System.out.printf("/mine-opgaver of %s with %d running plans: %d SQL statements, %d rows read, %d ms%n", who,
				runningPlans, measured.statements(), measured.rows(), measured.millis());
	}

	private void startCycles(PlanDocument demo, int from, int to) {
		for (int i = from; i < to; i++) {
			String code = "ARBEJDE-%04d".formatted(i);
			transfer.importDocument(new PlanDocument(code, demo.municipality(), demo.title() + " " + i,
					demo.introduction(), 2030, demo.kind(), demo.periodFrom(), demo.periodTo(), demo.focusAreas()));
			cycle.start("olivia", CycleDriver.calendar(code, 2030));
		}
	}

}
