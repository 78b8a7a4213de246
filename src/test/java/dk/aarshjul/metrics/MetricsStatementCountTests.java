package dk.aarshjul.metrics;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import dk.aarshjul.overview.StatementCountTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /actuator/prometheus for an operator: Årshjul's gauges, Camunda's engine metrics, the JVM's
 * and HTTP's; nobody else may read it. That a scrape sends the same number of SQL statements for
 * 10 running plans as for 1,000, and that its gauges count what runs, is measured with the
 * overview's thousand plans (overview/OverviewStatementCountTests), in the same context.
 */
// tests leave metrics out unless asked: this context reads them as Prometheus does
@StatementCountTest
class MetricsStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestRestTemplate web;

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

}
