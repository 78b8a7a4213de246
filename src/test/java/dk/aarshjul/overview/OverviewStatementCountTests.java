package dk.aarshjul.overview;

import java.util.List;
import java.util.Set;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.system.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview stays fast with thousands of running plans: it sends the same small number of SQL
 * statements for 10 running plans as for 1,000. The figures are printed.
 */
@H2Test
@Import(StatementCounter.class)
@TestPropertySource(properties = "aarshjul.notification.new-tasks=false")
class OverviewStatementCountTests {

	private static final int MOST_STATEMENTS = 12;

	@Autowired
	PlanOverview overview;

	@Autowired
	StatementCounter statements;

	@Autowired
	CycleDriver cycle;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	StrategyPlanRepository plans;

	@Test
	void theOverviewOfAThousandRunningPlansTakesAsFewStatementsAsThatOfTen() {
		PlanDocument demo = transfer.export(plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId());
		startCycles(demo, 0, 10);
		int forTen = statementsFor(10);

		startCycles(demo, 10, 1000);
		int forThousand = statementsFor(1000);

		System.out.printf("Overview SQL statements: %d for 10 running plans, %d for 1,000%n", forTen, forThousand);
		assertThat(forThousand).isEqualTo(forTen).isLessThanOrEqualTo(MOST_STATEMENTS);
	}

	private int statementsFor(int runningPlans) {
		Viewer processOwner = new Viewer("olivia", Set.of("procesejer"), Set.of());
		statements.reset();
		List<OverviewRow> rows = overview.rows(processOwner, OverviewFilter.none());
		int count = statements.count();
		assertThat(rows).hasSize(runningPlans);
		assertThat(rows).allSatisfy(row -> assertThat(row.tasks()).isNotEmpty());
		return count;
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
