package dk.aarshjul.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;

import dk.aarshjul.overview.StatementCounter;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** Scrapes /actuator/prometheus as the operator would, with the figures read anew and the statements counted. */
public final class Scrapes {

	private final MockMvc mvc;

	private final StatementCounter statements;

	private final AarshjulGauges gauges;

	public Scrapes(MockMvc mvc, StatementCounter statements, ApplicationContext context) {
		this.mvc = mvc;
		this.statements = statements;
		this.gauges = context.getBean(AarshjulGauges.class);
	}

	/** One scrape with the kept figures forgotten: what it cost, and what it said. */
	public Scrape scrape() throws Exception {
		gauges.forget();
		statements.reset();
		String body = body();
		return new Scrape(statements.count(), statements.rows(), body);
	}

	/** A scrape as it comes, kept figures and all. */
	public String body() throws Exception {
		return mvc.perform(get("/actuator/prometheus")
				.with(user("admin").authorities(Arrays.asList(new SimpleGrantedAuthority("GROUP_camunda-admin")))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	public record Scrape(int statements, int rows, String body) {

		/** The sample's value, of the given phase when one is given (Prometheus's text format). */
		public double value(String name, String phase) {
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
