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
		Measured forTen = measure(10);

		startCycles(demo, 10, 1000);
		Measured forThousand = measure(1000);

		System.out.printf("Overview of %d running plans: %d SQL statements, %d ms%n", 10, forTen.statements(),
				forTen.millis());
		System.out.printf("Overview of %d running plans: %d SQL statements, %d ms%n", 1000, forThousand.statements(),
				forThousand.millis());
		assertThat(forThousand.statements()).isEqualTo(forTen.statements()).isLessThanOrEqualTo(MOST_STATEMENTS);
	}

	/** The statements counted are asserted; the time is printed only, as a figure to watch. */
	private record Measured(int statements, long millis) {
	}

	private Measured measure(int runningPlans) {
		Viewer processOwner = new Viewer("olivia", Set.of("procesejer"), Set.of());
		statements.reset();
		long started = System.nanoTime();
		List<OverviewRow> rows = overview.rows(processOwner, OverviewFilter.none());
		long millis = (System.nanoTime() - started) / 1_000_000;
		int count = statements.count();
		assertThat(rows).hasSize(runningPlans);
		assertThat(rows).allSatisfy(row -> assertThat(row.tasks()).isNotEmpty());
		return new Measured(count, millis);
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
