package dk.aarshjul.metrics;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.CyclePhases;
import dk.aarshjul.overview.StatementCounter;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.system.H2Test;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /actuator/prometheus for an operator: Årshjul's gauges, Camunda's engine metrics, the JVM's
 * and HTTP's; nobody else may read it. A scrape sends the same number of SQL statements for 10
 * running plans as for 1,000 (the figures are printed), and its gauges count what runs.
 */
@H2Test
// tests leave metrics out unless asked: this one reads them as Prometheus does
@AutoConfigureObservability(tracing = false)
@Import(StatementCounter.class)
@TestPropertySource(properties = "aarshjul.notification.new-tasks=false")
// no other class shares this context, and its thousand cycles would stay on the heap for the rest of the suite
@DirtiesContext
class MetricsStatementCountTests {

	private static final String DRAFTING = CyclePhases.IN_ORDER.get(0);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestRestTemplate web;

	@Autowired
	StatementCounter statements;

	@Autowired
	AarshjulGauges gauges;

	@Autowired
	CycleDriver cycle;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	StrategyPlanRepository plans;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void onlyAnAdministratorReadsTheMetrics() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").with(httpBasic("olivia", "demo"))).andExpect(status().isForbidden());

		// as Prometheus scrapes: HTTP Basic, and no session left behind in the database
		ResponseEntity<String> scrape = web.withBasicAuth("admin", "demo").getForEntity("/actuator/prometheus",
				String.class);
		assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(scrape.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)).noneMatch(c -> c.startsWith("JSESSIONID"));
		assertThat(scrape.getBody()).contains("aarshjul_tasks_open{", "aarshjul_tasks_overdue{", "aarshjul_cycles{",
				"aarshjul_mails_waiting", "aarshjul_mails_failed", "aarshjul_journal_waiting", "aarshjul_journal_failed",
				"aarshjul_incidents", "aarshjul_chase_round_seconds_count", "camunda_job_successful",
				"camunda_root_process_instance_start", "jvm_memory_used_bytes", "http_server_requests_seconds_count");

		// every Årshjul and Camunda series the Grafana dashboard shows is one the node gives
		String dashboard = Files.readString(Path.of("docs", "grafana-aarshjul.json"), StandardCharsets.UTF_8);
		List<String> shown = Pattern.compile("\\b(?:aarshjul|camunda|hikaricp|jvm)_[a-z_]+")
			.matcher(dashboard)
			.results()
			.map(MatchResult::group)
			.distinct()
			.toList();
		assertThat(shown).hasSizeGreaterThan(10);
		assertThat(shown).allSatisfy(series -> assertThat(scrape.getBody()).contains(series));
	}

	@Test
	void aScrapeOfAThousandRunningPlansTakesAsFewStatementsAsOneOfTen() throws Exception {
		PlanDocument demo = transfer.export(plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId());
		Scrape before = scrape();
		startCycles(demo, 0, 10);
		cycle.chaseDeadlines();
		Scrape ten = scrape();
		assertThat(ten.value("aarshjul_cycles", DRAFTING) - before.value("aarshjul_cycles", DRAFTING))
			.as("cycles in drafting").isEqualTo(10);
		assertThat(ten.value("aarshjul_tasks_open", DRAFTING) - before.value("aarshjul_tasks_open", DRAFTING))
			.as("one drafting task each").isEqualTo(10);
		assertThat(ten.value("aarshjul_chase_round_seconds_count", null)
				- before.value("aarshjul_chase_round_seconds_count", null)).as("the chase round run").isEqualTo(1);

		startCycles(demo, 10, 1000);
		Scrape thousand = scrape();
		assertThat(thousand.value("aarshjul_cycles", DRAFTING) - before.value("aarshjul_cycles", DRAFTING))
			.isEqualTo(1000);
		assertThat(thousand.value("aarshjul_tasks_overdue", DRAFTING)).as("none due yet")
			.isEqualTo(before.value("aarshjul_tasks_overdue", DRAFTING));

		// a year on, every drafting task is past its deadline
		ClockUtil.setCurrentTime(Date.from(LocalDate.of(2031, 6, 2).atTime(12, 0).atZone(WorkingTime.ZONE).toInstant()));
		Scrape late = scrape();
		assertThat(late.value("aarshjul_tasks_overdue", DRAFTING)).isEqualTo(late.value("aarshjul_tasks_open", DRAFTING))
			.isGreaterThanOrEqualTo(1000);

		System.out.printf("A scrape of /actuator/prometheus with %d running plans: %d SQL statements, %d rows read%n", 10,
				ten.statements(), ten.rows());
		System.out.printf("A scrape of /actuator/prometheus with %d running plans: %d SQL statements, %d rows read%n",
				1000, thousand.statements(), thousand.rows());
		assertThat(thousand.statements()).isEqualTo(ten.statements()).isEqualTo(late.statements()).isLessThanOrEqualTo(15);

		statements.reset();
		scrape("a second scrape within ten seconds");
		assertThat(statements.count()).as("the figures are kept for ten seconds").isZero();
	}

	/** One scrape as the operator, the figures read anew; what it cost, and what it said. */
	private Scrape scrape() throws Exception {
		gauges.forget();
		statements.reset();
		String body = scrape("a scrape");
		return new Scrape(statements.count(), statements.rows(), body);
	}

	private String scrape(String what) throws Exception {
		return mvc.perform(get("/actuator/prometheus")
				.with(user("admin").authorities(Arrays.asList(new SimpleGrantedAuthority("GROUP_camunda-admin")))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void startCycles(PlanDocument demo, int from, int to) {
		for (int i = from; i < to; i++) {
			String code = "METRIK-%04d".formatted(i);
			transfer.importDocument(new PlanDocument(code, demo.municipality(), demo.title() + " " + i,
					demo.introduction(), 2030, demo.kind(), demo.periodFrom(), demo.periodTo(), demo.focusAreas()));
			cycle.start("olivia", CycleDriver.calendar(code, 2030));
		}
	}

	private record Scrape(int statements, int rows, String body) {

		/** The sample's value, of the given phase when one is given (Prometheus's text format). */
		double value(String name, String phase) {
			List<String> samples = body.lines()
				.filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
				.filter(line -> phase == null || line.contains("phase=\"" + phase + "\""))
				.toList();
			assertThat(samples).as("%s of %s", name, phase).hasSize(1);
			String sample = samples.get(0);
			return Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
		}

	}

}
