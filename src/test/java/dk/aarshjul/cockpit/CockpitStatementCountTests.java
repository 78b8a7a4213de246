package dk.aarshjul.cockpit;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.overview.StatementCountTest;
import dk.aarshjul.overview.StatementCounter;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Cockpit plugin's list and heat map of the strategy cycle, and of a process it calls (drafting),
 * send the same small number of SQL statements with 10 more running cycles as with 70 more (more
 * than three pages), and after the history grew by completed tasks; the page holds a page's worth
 * and counts them all. Plans of its
 * own (CSC-…), so the years are free.
 */
@StatementCountTest
class CockpitStatementCountTests {

	/**
	 * Eight for the page (nine for a called process's list), and one for the signed-in request's
	 * session, which lives in the shared database (Spring Session JDBC).
	 */
	private static final int MOST_STATEMENTS = 10;

	private static final int PAGE_SIZE = 20;

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
	RuntimeService runtime;

	@Autowired
	ObjectMapper json;

	@Test
	void theListAndHeatMapTakeAsFewStatementsForManyCyclesAsForFewWhateverTheHistory() throws Exception {
		PlanDocument demo = transfer.export(plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId());
		String definition = startCycles(demo, 0, 10);
		// the processes the cycles called: each of them drafts
		String drafting = runtime.createProcessInstanceQuery()
			.processDefinitionKey(DraftingProcess.KEY)
			.processInstanceBusinessKey("CSC-009-2030")
			.singleResult()
			.getProcessDefinitionId();
		int waitingBefore = waiting(definition, 0);
		int draftingBefore = waiting(drafting, 0);
		Measured listForTen = measure("/api/cockpit/process-definitions/" + definition + "/waiting?size=" + PAGE_SIZE);
		Measured heatForTen = measure("/api/cockpit/process-definitions/" + definition + "/heat");
		Measured calledListForTen = measure("/api/cockpit/process-definitions/" + drafting + "/waiting?size=" + PAGE_SIZE);
		Measured calledHeatForTen = measure("/api/cockpit/process-definitions/" + drafting + "/heat");

		startCycles(demo, 10, 80);
		Measured listForMany = measure("/api/cockpit/process-definitions/" + definition + "/waiting?size=" + PAGE_SIZE);
		Measured heatForMany = measure("/api/cockpit/process-definitions/" + definition + "/heat");
		Measured calledListForMany = measure("/api/cockpit/process-definitions/" + drafting + "/waiting?size=" + PAGE_SIZE);
		Measured calledHeatForMany = measure("/api/cockpit/process-definitions/" + drafting + "/heat");
		completeTasksOutsideThePlans(200);
		Measured listWithHistory = measure("/api/cockpit/process-definitions/" + definition + "/waiting?size=" + PAGE_SIZE);
		Measured heatWithHistory = measure("/api/cockpit/process-definitions/" + definition + "/heat");
		Measured calledListWithHistory = measure(
				"/api/cockpit/process-definitions/" + drafting + "/waiting?size=" + PAGE_SIZE);
		Measured calledHeatWithHistory = measure("/api/cockpit/process-definitions/" + drafting + "/heat");

		System.out.printf("Cockpit list: %s (10 more cycles), %s (80 more), %s (and 200 completed tasks)%n", listForTen,
				listForMany, listWithHistory);
		System.out.printf("Cockpit heat map: %s, %s, %s%n", heatForTen, heatForMany, heatWithHistory);
		System.out.printf("Cockpit list of drafting: %s (10 more cycles), %s (80 more), %s (and 200 completed tasks)%n",
				calledListForTen, calledListForMany, calledListWithHistory);
		System.out.printf("Cockpit heat map of drafting: %s, %s, %s%n", calledHeatForTen, calledHeatForMany,
				calledHeatWithHistory);
		assertThat(listForMany.statements()).isEqualTo(listForTen.statements())
			.isEqualTo(listWithHistory.statements())
			.isLessThanOrEqualTo(MOST_STATEMENTS);
		assertThat(heatForMany.statements()).isEqualTo(heatForTen.statements())
			.isEqualTo(heatWithHistory.statements())
			.isLessThanOrEqualTo(MOST_STATEMENTS);
		assertThat(listWithHistory.rows()).as("rows read for the list, before and after the history grew")
			.isEqualTo(listForMany.rows());
		assertThat(heatWithHistory.rows()).as("rows read for the heat map, before and after the history grew")
			.isEqualTo(heatForMany.rows());

		assertThat(calledListForMany.statements()).as("statements of a called process's list")
			.isEqualTo(calledListForTen.statements())
			.isEqualTo(calledListWithHistory.statements())
			.isLessThanOrEqualTo(MOST_STATEMENTS);
		assertThat(calledHeatForMany.statements()).as("statements of a called process's heat map")
			.isEqualTo(calledHeatForTen.statements())
			.isEqualTo(calledHeatWithHistory.statements())
			.isLessThanOrEqualTo(MOST_STATEMENTS);
		assertThat(calledListWithHistory.rows()).as("rows read for a called process's list, before and after the history grew")
			.isEqualTo(calledListForMany.rows());
		assertThat(calledHeatWithHistory.rows()).as("rows read for a called process's heat map, before and after the history grew")
			.isEqualTo(calledHeatForMany.rows());
		assertThat(calledListForMany.rows()).as("rows read for a called process's list: a page's, not every instance's")
			.isLessThan(6 * PAGE_SIZE);

		JsonNode draftingPage = read("/api/cockpit/process-definitions/" + drafting + "/waiting?size=" + PAGE_SIZE);
		assertThat(draftingPage.get("rows")).hasSize(PAGE_SIZE);
		assertThat(draftingPage.get("total").asInt()).isEqualTo(draftingBefore + 70);
		int draftingHeatWaiting = 0;
		for (JsonNode node : read("/api/cockpit/process-definitions/" + drafting + "/heat")) {
			draftingHeatWaiting += node.get("waiting").asInt();
		}
		assertThat(draftingHeatWaiting).as("the heat map counts every waiting drafting")
			.isEqualTo(draftingPage.get("total").asInt());

		JsonNode page = read("/api/cockpit/process-definitions/" + definition + "/waiting?size=" + PAGE_SIZE);
		assertThat(page.get("rows")).hasSize(PAGE_SIZE);
		assertThat(page.get("total").asInt()).isEqualTo(waitingBefore + 70);
		JsonNode last = read("/api/cockpit/process-definitions/" + definition + "/waiting?size=" + PAGE_SIZE + "&page="
				+ (page.get("total").asInt() - 1) / PAGE_SIZE);
		assertThat(last.get("rows").size()).isBetween(1, PAGE_SIZE);
		int heatWaiting = 0;
		for (JsonNode node : read("/api/cockpit/process-definitions/" + definition + "/heat")) {
			heatWaiting += node.get("waiting").asInt();
		}
		assertThat(heatWaiting).as("the heat map counts every running cycle").isEqualTo(page.get("total").asInt());
	}

	private record Measured(int statements, int rows, long millis) {

		@Override
		public String toString() {
			return "%d SQL statements, %d rows read, %d ms".formatted(statements, rows, millis);
		}

	}

	private Measured measure(String url) throws Exception {
		statements.reset();
		long started = System.nanoTime();
		mvc.perform(get(url).with(processOwner())).andExpect(status().isOk());
		return new Measured(statements.count(), statements.rows(), (System.nanoTime() - started) / 1_000_000);
	}

	private JsonNode read(String url) throws Exception {
		return json.readTree(mvc.perform(get(url).with(processOwner()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private int waiting(String definition, int page) throws Exception {
		return read("/api/cockpit/process-definitions/" + definition + "/waiting?size=1&page=" + page).get("total")
			.asInt();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor processOwner() {
		return user("olivia").authorities(List.of(new SimpleGrantedAuthority("GROUP_procesejer")));
	}

	/** Tasks that were offered to a group and done: history the plugin must not read. */
	private void completeTasksOutsideThePlans(int count) {
		for (int i = 0; i < count; i++) {
			Task task = tasks.newTask();
			task.setName("Afsluttet opgave " + i);
			tasks.saveTask(task);
			tasks.addCandidateGroup(task.getId(), "direktion");
			tasks.complete(task.getId());
		}
	}

	/** Starts the cycles and answers the definition they run. */
	private String startCycles(PlanDocument demo, int from, int to) {
		String definition = null;
		for (int i = from; i < to; i++) {
			String code = "CSC-%03d".formatted(i);
			transfer.importDocument(new PlanDocument(code, demo.municipality(), demo.title() + " " + i,
					demo.introduction(), 2030, demo.kind(), demo.periodFrom(), demo.periodTo(), demo.focusAreas()));
			definition = cycle.start("olivia", CycleDriver.calendar(code, 2030)).getProcessDefinitionId();
		}
		return definition;
	}

}
